import { execSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import yauzl from 'yauzl'

/**
 * The packaged extension. turbo runs `package` before `test`; a run of vitest on its own packages
 * it here when the .vsix is missing or older than the bundles it should contain.
 */
export function packagedVsix(root: string): string {
  const vsix = path.join(root, 'letterlint.vsix')
  const bundles = ['dist/extension.cjs', 'dist/server.js', 'package.json'].map((file) => path.join(root, file))
  if (!existsSync(vsix) || bundles.some((file) => statSync(file).mtimeMs > statSync(vsix).mtimeMs)) {
    execSync('npm run package', { cwd: root, stdio: 'ignore' })
  }
  return vsix
}

/** Every file in a zip archive by its path (yauzl refuses absolute and `..` paths). */
export async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file)
  const files = new Map<string, Buffer>()
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    files.set(entry.fileName, Buffer.concat(chunks))
  }
  return files
}

/** Writes the files of an archive under `folder`. */
export async function unpack(files: Map<string, Buffer>, folder: string): Promise<void> {
  for (const [name, content] of files) {
    const target = path.join(folder, name)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, content)
  }
}
