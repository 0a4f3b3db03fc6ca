/** Messages of one language, by feature: each JSON file's keys live under its name (`tenants.list.title`). */
export function bundle(
  files: Record<string, { default: Record<string, unknown> }>,
): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(files).map(([path, module]) => [
      path.replace(/^.*\//, '').slice(0, -'.json'.length),
      module.default,
    ]),
  )
}
