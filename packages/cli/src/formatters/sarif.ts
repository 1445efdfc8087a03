import type { Finding, Fix, Severity } from '@letterlint/core'
import type { FileResult, Formatter } from './types.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' }

function region(f: { line: number; column: number; endLine: number; endColumn: number; start: number; end: number }) {
  return { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.start, charLength: f.end - f.start }
}

function sarifFix(fix: Fix, uri: string) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: { uri: encodeURI(uri), uriBaseId: 'SRCROOT' },
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.start, charLength: edit.end - edit.start },
          insertedContent: { text: edit.newText },
        })),
      },
    ],
  }
}

function result(finding: Finding, file: FileResult, ruleIndex: Map<string, number>) {
  const fixes = [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])].filter((fix) => fix.edits.every((edit) => !edit.snippet))
  return {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: LEVEL[finding.severity],
    message: { text: finding.note ? `${finding.message} ${finding.note}` : finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(file.path), uriBaseId: 'SRCROOT' }, region: region(finding) } }],
    ...(fixes.length > 0 ? { fixes: fixes.map((fix) => sarifFix(fix, file.path)) } : {}),
  }
}

/** SARIF 2.1.0 for code scanning: one run, the rules described once, columns in UTF-16 code units. */
export const sarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((meta, index) => [meta.id, index]))
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'letterlint',
            version: context.version,
            informationUri: 'https://github.com/letterlint/letterlint',
            rules: context.rules.map((meta) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.note },
              helpUri: meta.url,
              defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
              properties: { category: meta.category, fixable: meta.fixable },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { description: { text: 'The folder letterlint ran in.' } } },
        invocations: [
          {
            executionSuccessful: results.every((file) => !file.error),
            toolExecutionNotifications: results
              .filter((file) => file.error)
              .map((file) => ({
                level: 'error',
                message: { text: `${file.path} ${file.error}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(file.path), uriBaseId: 'SRCROOT' } } }],
              })),
          },
        ],
        results: results.flatMap((file) => file.findings.map((finding) => result(finding, file, ruleIndex))),
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
