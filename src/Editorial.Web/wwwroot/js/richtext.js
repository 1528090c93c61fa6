// Loads the rich-text editor bundle (wwwroot/editor/editor.js, built from src/Editorial.Editor by its
// build.sh) the first time an editor opens, so pages without one never download it, and creates
// editors. The bundle is a classic script defining window.EditorialEditor; it is loaded from this
// origin, which the Content-Security-Policy allows.
let loading;

function load() {
  loading ??= new Promise((resolve, reject) => {
    if (window.EditorialEditor) { resolve(); return; }
    const script = document.createElement('script');
    script.src = 'editor/editor.js';
    script.onload = () => resolve();
    script.onerror = () => { loading = undefined; reject(new Error('The editor could not be loaded.')); };
    document.head.appendChild(script);
  });
  return loading;
}

export async function create(host, options, dotnet) {
  await load();
  return window.EditorialEditor.create(host, options, dotnet);
}
