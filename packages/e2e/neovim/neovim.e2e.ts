import { scenarioTests } from '../support/scenario.js'

// Neovim 0.7.2 (Debian bookworm): vim.lsp.start_client, vim.diagnostic, vim.lsp.util.apply_workspace_edit.
scenarioTests('neovim')
