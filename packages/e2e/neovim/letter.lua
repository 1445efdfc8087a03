-- Drives Neovim 0.7's built-in LSP client against letterlint, the way a user's config would:
-- start_client + buf_attach_client, diagnostics through vim.diagnostic, code actions built the way
-- vim.lsp.buf.code_action() builds them, edits applied with vim.lsp.util.apply_workspace_edit.
--
-- Run by neovim.e2e.ts as `nvim --headless -u NONE -i NONE -n -c 'luafile letter.lua'`.
-- Inputs come from the environment (LETTERLINT_E2E_*); the outcome is a JSON file that the
-- driver asserts on. Any failure is written there as `error` and the exit status is 1.

local env = {
  server = vim.json.decode(os.getenv('LETTERLINT_E2E_SERVER') or 'null'),
  root = os.getenv('LETTERLINT_E2E_ROOT'),
  letter = os.getenv('LETTERLINT_E2E_LETTER'),
  result = os.getenv('LETTERLINT_E2E_RESULT'),
  timeout = tonumber(os.getenv('LETTERLINT_E2E_TIMEOUT_MS') or '15000'),
}

local result = { editor = 'neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch), steps = {} }

local function write_result()
  local file = assert(io.open(env.result, 'w'))
  file:write(vim.json.encode(result))
  file:close()
end

local function fail(message)
  error({ letterlint = message }, 0)
end

local function step(name)
  table.insert(result.steps, name)
end

local function range_string(range)
  return string.format('%d:%d-%d:%d', range.start.line, range.start.character, range['end'].line, range['end'].character)
end

local buf, client_id, uri
--- Every publishDiagnostics for our letter, raw (UTF-16 positions, as the server sent them).
local published = {}

local function client()
  return vim.lsp.get_client_by_id(client_id)
end

--- The publish for the buffer's current version, once it has arrived.
local function current_publish()
  local version = vim.lsp.util.buf_versions[buf]
  for i = #published, 1, -1 do
    if published[i].version == version then return published[i] end
  end
  return nil
end

local function wait_for_current_publish(what)
  local ok = vim.wait(env.timeout, function() return current_publish() ~= nil end, 20)
  if not ok then
    local versions = {}
    for _, p in ipairs(published) do table.insert(versions, tostring(p.version)) end
    fail(string.format('no diagnostics from the server within %d ms %s (buffer version %s; publishes seen for versions: [%s]; client %s)',
      env.timeout, what, tostring(vim.lsp.util.buf_versions[buf]), table.concat(versions, ', '),
      client() and (client().initialized and 'initialized' or 'not initialized') or 'gone'))
  end
  return current_publish()
end

--- What the user sees: vim.diagnostic entries (byte columns) next to the raw LSP range they came from.
local function diagnostics()
  local raw = current_publish().diagnostics
  local shown = vim.diagnostic.get(buf)
  if #raw ~= #shown then fail(string.format('the server published %d diagnostics but vim.diagnostic holds %d', #raw, #shown)) end
  local out = {}
  for i, d in ipairs(shown) do
    if d.code ~= raw[i].code then fail('vim.diagnostic reordered the diagnostics: ' .. tostring(d.code) .. ' vs ' .. tostring(raw[i].code)) end
    local text = nil
    if d.lnum == d.end_lnum then
      local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
      text = line:sub(d.col + 1, d.end_col)
    end
    table.insert(out, {
      code = d.code,
      range = range_string(raw[i].range),
      editor = string.format('%d:%d-%d:%d', d.lnum, d.col, d.end_lnum, d.end_col),
      text = text,
      message = d.message,
    })
  end
  return out
end

local function find_shown(code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then return d end
  end
  fail('no ' .. code .. ' diagnostic to request code actions on')
end

--- Puts the cursor on a diagnostic and asks for code actions exactly as vim.lsp.buf.code_action() does
--- in 0.7, then applies the action with the wanted title.
local function apply_action(code, title_prefix, record)
  local d = find_shown(code)
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf) }
  record.request = range_string(params.range)
  record.context = {}
  for _, c in ipairs(params.context.diagnostics) do
    table.insert(record.context, tostring(c.code) .. ' ' .. range_string(c.range))
  end
  local responses, err = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, env.timeout)
  if not responses then fail('textDocument/codeAction failed: ' .. tostring(err)) end
  local response = responses[client_id]
  if not response then fail('no code action response from the letterlint client') end
  if response.err then fail('textDocument/codeAction error: ' .. vim.inspect(response.err)) end
  local actions = response.result or {}
  record.titles = {}
  record.snippet = false
  local chosen
  for _, action in ipairs(actions) do
    table.insert(record.titles, action.title)
    if vim.json.encode(action):find('${', 1, true) then record.snippet = true end
    if not chosen and action.title:sub(1, #title_prefix) == title_prefix then chosen = action end
  end
  if not chosen then fail(string.format('no code action titled "%s…" among: %s', title_prefix, table.concat(record.titles, ' | '))) end
  record.applied = chosen.title
  if not chosen.edit then fail('the code action "' .. chosen.title .. '" carries no edit') end
  if not client() then fail('the letterlint client is gone (server exit: ' .. vim.inspect(result.serverExit) .. ')') end
  vim.lsp.util.apply_workspace_edit(chosen.edit, client().offset_encoding)
  record.line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
end

local function main()
  if type(env.server) ~= 'table' or not env.root or not env.letter or not env.result then
    fail('LETTERLINT_E2E_SERVER, _ROOT, _LETTER and _RESULT must be set')
  end
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(env.letter))
  buf = vim.api.nvim_get_current_buf()
  uri = vim.uri_from_bufnr(buf)
  result.filetype = vim.bo[buf].filetype

  local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
    if params and params.uri == uri then table.insert(published, vim.deepcopy(params)) end
    return publish(err, params, ctx, config)
  end

  client_id = vim.lsp.start_client({
    name = 'letterlint',
    cmd = env.server,
    root_dir = env.root,
    workspace_folders = { { uri = vim.uri_from_fname(env.root), name = 'letters' } },
    on_exit = function(code, signal) result.serverExit = { code = code, signal = signal } end,
  })
  if not client_id then fail('vim.lsp.start_client could not start ' .. table.concat(env.server, ' ')) end
  if not vim.lsp.buf_attach_client(buf, client_id) then fail('vim.lsp.buf_attach_client refused the buffer') end
  step('attached')

  wait_for_current_publish('after opening the letter')
  if not vim.wait(env.timeout, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    fail('the server published no diagnostics for the letter (an empty list)')
  end
  result.offsetEncoding = client().offset_encoding
  result.diagnostics = diagnostics()
  step('diagnostics')

  result.specific = {}
  apply_action('generic-phrase', 'Make it specific: "Thank you, Dana', result.specific)
  wait_for_current_publish('after the "Make it specific" edit')
  result.specific.diagnostics = diagnostics()
  step('specific')

  result.article = {}
  apply_action('indefinite-article', 'Replace with "an"', result.article)
  wait_for_current_publish('after the "Replace with an" edit')
  result.article.diagnostics = diagnostics()
  step('article')

  result.spelling = {}
  apply_action('spelling', 'Replace with "tour"', result.spelling)
  wait_for_current_publish('after the "Replace with tour" edit')
  result.spelling.diagnostics = diagnostics()
  step('spelling')

  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(5000, function() return result.serverExit ~= nil end, 20)
  step('stopped')
end

local ok, err = xpcall(main, function(e)
  if type(e) == 'table' and e.letterlint then return e.letterlint end
  return debug.traceback(tostring(e), 2)
end)
if not ok then result.error = err end
local written, write_err = pcall(write_result)
if not ok or not written then
  io.stderr:write('letterlint e2e (neovim): ' .. tostring(err or write_err) .. '\n')
  if client_id then vim.lsp.stop_client(client_id, true) end
  vim.cmd('cquit 1')
else
  vim.cmd('qall!')
end
