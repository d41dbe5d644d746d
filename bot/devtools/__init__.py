"""Developer tools shipped with the package: the fake Bot API, the offline Bot API, the console, benchmarks."""
