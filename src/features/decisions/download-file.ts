/**
 * Starts a download of text as a file, without leaving the page (nothing is sent anywhere: the
 * file is made in the browser).
 * @example downloadText('{"a":1}', 'data.json')
 */
export function downloadText(text: string, filename: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
