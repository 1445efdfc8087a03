/**
 * Where the build wrote letterlint's word lists (`packages/core/data/`). The one module that knows,
 * so a bundle (the VS Code extension) redirects a single path.
 */
export function dataFile(name: string): URL {
  return new URL(`../data/${name}`, import.meta.url)
}
