// One browser test at a time: each drives a real Chromium against a real app, and the machine has two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
