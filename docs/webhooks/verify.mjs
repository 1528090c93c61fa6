// Verifies a webhook delivery from Editorial (Standard Webhooks, https://www.standardwebhooks.com)
// in Node.js, with nothing but node:crypto. Use the raw request body, exactly as received.
//
//   import { verifyWebhook } from "./verify.mjs";
//   const event = verifyWebhook(process.env.EDITORIAL_WEBHOOK_SECRET, request.headers, rawBody);
//
// The integration tests run this file on real deliveries (node verify.mjs < {"secret","headers","body"}).
import { createHmac, timingSafeEqual } from "node:crypto";

export function verifyWebhook(secret, headers, body, toleranceSeconds = 300) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures) throw new Error("Missing webhook-id, webhook-timestamp or webhook-signature.");
  // An old (or future) timestamp is a replay by someone who copied a delivery.
  if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= toleranceSeconds)) throw new Error("The timestamp is too old or too new.");
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  // The header may hold several space-separated signatures (during a secret rotation); one must match.
  const matches = signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    const given = Buffer.from(signature ?? "", "base64");
    return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new Error("The signature does not match.");
  return JSON.parse(body);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  let input = "";
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk) => (input += chunk));
  process.stdin.on("end", () => {
    try {
      const { secret, headers, body } = JSON.parse(input);
      console.log(verifyWebhook(secret, headers, body).type);
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  });
}
