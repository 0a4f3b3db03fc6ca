/** Hands the person a CSV file to save. */
export function downloadCsv(csv: string, fileName: string): void {
  // The byte-order mark tells Excel the file is UTF-8, so "Dupré" doesn't turn into "DuprÃ©".
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' })
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  link.click()
  URL.revokeObjectURL(link.href)
}
