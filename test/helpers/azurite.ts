/** Azurite for tests; the class lives with the benchmark, which runs a Blob-state phase on it too. */
export { Azurite } from '../../bench/azurite';
