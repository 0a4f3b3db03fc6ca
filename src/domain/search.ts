/** Text as search compares it: accents dropped, lower case ("Dupré" matches "dupre"). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}
