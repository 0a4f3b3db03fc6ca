// Every feature's messages for this language, in one chunk: one request and better compression
// than a file per feature. Each file's keys live under its name (`tenants.list.title`).
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*.json', { eager: true })

export default Object.fromEntries(Object.entries(files).map(([path, module]) => [path.slice(2, -'.json'.length), module.default]))
