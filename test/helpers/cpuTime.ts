/** The CPU time (user + system, in ms) this process spends running `work`: fair on a loaded machine, unlike wall time. */
export function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
