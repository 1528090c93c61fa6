using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Editorial.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
