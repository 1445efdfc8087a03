import { scenarioTests } from '../support/scenario.js'

// Emacs 28.2 with eglot 1.9 and markdown-mode 2.5 (Debian bookworm), Flymake for diagnostics.
scenarioTests('emacs')
