/** VS Code snippet files, bundled by esbuild's JSON loader (see scripts/build.js). */
declare module '*.code-snippets' {
  const snippets: Record<string, { prefix: string | string[]; description?: string; body: string[] }>
  export default snippets
}
