;;; letter.el --- Drive Emacs eglot against letterlint  -*- lexical-binding: t -*-

;; The way a user's Emacs 28 would: the letter opens in markdown-mode, `M-x eglot' starts the
;; server from `eglot-server-programs', Flymake shows the diagnostics, and `eglot-code-actions'
;; (restricted to "quickfix") offers the actions; the user's pick in eglot's own menu is answered
;; here by title.  Batch mode has no idle timers, so the didChange eglot would send on idle is
;; forced with `eglot--signal-textDocument/didChange' (internal, present in eglot 1.9).
;;
;; Run by emacs.e2e.ts as `emacs --batch -l letter.el'.  Inputs come from the environment
;; (LETTERLINT_E2E_*); the outcome is a JSON file that the driver asserts on.  Any failure is
;; written there as `error' and the exit status is 1.

;; No background native compilation of the packages loaded below: it would start more Emacsen.
(setq native-comp-deferred-compilation nil)
(package-activate-all)                  ; what an interactive start does: autoloads, auto-mode-alist
(require 'cl-lib)
(require 'subr-x)
(require 'eglot)
(require 'flymake)

(defvar letterlint-e2e-server (json-parse-string (or (getenv "LETTERLINT_E2E_SERVER") "null") :array-type 'list))
(defvar letterlint-e2e-root (getenv "LETTERLINT_E2E_ROOT"))
(defvar letterlint-e2e-letter (getenv "LETTERLINT_E2E_LETTER"))
(defvar letterlint-e2e-result-file (getenv "LETTERLINT_E2E_RESULT"))
(defvar letterlint-e2e-timeout (/ (string-to-number (or (getenv "LETTERLINT_E2E_TIMEOUT_MS") "15000")) 1000.0))

(defvar letterlint-e2e-result (make-hash-table :test #'equal))
(defvar letterlint-e2e-steps nil)
(defvar letterlint-e2e-published nil
  "Every publishDiagnostics for the letter, newest first, as (VERSION . DIAGNOSTICS), raw UTF-16.")

(define-error 'letterlint-e2e-failure "letterlint e2e failure")

(defun letterlint-e2e-fail (format-string &rest args)
  (signal 'letterlint-e2e-failure (list (apply #'format format-string args))))

(defun letterlint-e2e-object (&rest pairs)
  "A JSON object from alternating string keys and values."
  (let ((table (make-hash-table :test #'equal)))
    (while pairs
      (puthash (pop pairs) (pop pairs) table))
    table))

(defun letterlint-e2e-put (key value) (puthash key value letterlint-e2e-result))

(defun letterlint-e2e-step (name) (push name letterlint-e2e-steps))

(defun letterlint-e2e-range-string (range)
  (let ((start (plist-get range :start)) (end (plist-get range :end)))
    (format "%d:%d-%d:%d" (plist-get start :line) (plist-get start :character)
            (plist-get end :line) (plist-get end :character))))

(defun letterlint-e2e-wait (predicate)
  "Run the event loop until PREDICATE is non-nil or the timeout passes; return its value."
  (let ((deadline (+ (float-time) letterlint-e2e-timeout)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.02))
    value))

;; Record what the server publishes, before eglot turns it into Flymake diagnostics.
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics version &allow-other-keys)
  (when (and letterlint-e2e-letter
             (string= (file-truename (eglot--uri-to-path uri)) (file-truename letterlint-e2e-letter)))
    (push (cons version diagnostics) letterlint-e2e-published)))

(defun letterlint-e2e-current-publish ()
  "The publish for the version of the buffer eglot last announced, once it has arrived."
  (cl-find eglot--versioned-identifier letterlint-e2e-published :key #'car))

(defun letterlint-e2e-diagnostics (what)
  "Wait for the server's diagnostics on the current version, show them with Flymake, and describe them."
  (unless (letterlint-e2e-wait #'letterlint-e2e-current-publish)
    (letterlint-e2e-fail "no diagnostics from the server within %.0f ms %s (buffer version %s; publishes seen for versions: %S; server %s)"
                         (* 1000 letterlint-e2e-timeout) what eglot--versioned-identifier
                         (reverse (mapcar #'car letterlint-e2e-published))
                         (if (eglot-current-server) "connected" "gone")))
  (let ((raw (cdr (letterlint-e2e-current-publish))))
    (flymake-start nil t)
    (unless (letterlint-e2e-wait (lambda () (= (length (flymake-diagnostics)) (length raw))))
      (letterlint-e2e-fail "the server published %d diagnostics but Flymake shows %d"
                           (length raw) (length (flymake-diagnostics))))
    (apply #'vector
           (mapcar (lambda (diag)
                     (let* ((spec (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diag)))
                            (beg (flymake-diagnostic-beg diag))
                            (end (flymake-diagnostic-end diag))
                            (where (lambda (pos)
                                     (save-excursion
                                       (goto-char pos)
                                       (format "%d:%d" (1- (line-number-at-pos pos t)) (- pos (line-beginning-position)))))))
                       (letterlint-e2e-object
                        "code" (format "%s" (plist-get spec :code))
                        "range" (letterlint-e2e-range-string (plist-get spec :range))
                        "editor" (concat (funcall where beg) "-" (funcall where end))
                        "text" (buffer-substring-no-properties beg end)
                        "message" (plist-get spec :message))))
                   (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))))

(defun letterlint-e2e-apply-action (code title-prefix record)
  "Run `eglot-code-actions' on the CODE diagnostic's region and pick the action titled TITLE-PREFIX…"
  (let* ((diag (or (cl-find-if (lambda (d)
                                 (equal (format "%s" (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)) :code)) code))
                               (flymake-diagnostics))
                   (letterlint-e2e-fail "no %s diagnostic to request code actions on" code)))
         (beg (flymake-diagnostic-beg diag))
         (end (flymake-diagnostic-end diag))
         (line (1- (line-number-at-pos beg t))))
    (puthash "request" (format "%d:%d-%d:%d" line (save-excursion (goto-char beg) (eglot-lsp-abiding-column))
                               line (save-excursion (goto-char end) (eglot-lsp-abiding-column)))
             record)
    (puthash "context" (apply #'vector
                              (mapcar (lambda (d)
                                        (let ((spec (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
                                          (format "%s %s" (plist-get spec :code) (letterlint-e2e-range-string (plist-get spec :range)))))
                                      (flymake-diagnostics beg end)))
             record)
    ;; eglot shows a text menu (not a popup) when the last event was not a mouse click.
    (let ((last-nonmenu-event ?\r))
      (cl-letf (((symbol-function 'completing-read)
                 (lambda (_prompt items &rest _)
                   (let ((titles (mapcar #'car items)))
                     (puthash "titles" (apply #'vector titles) record)
                     (puthash "snippet" (if (string-match-p (regexp-quote "${") (format "%S" items)) t :false) record)
                     (or (cl-find-if (lambda (title) (string-prefix-p title-prefix title)) titles)
                         (letterlint-e2e-fail "no code action titled \"%s…\" among: %s" title-prefix (string-join titles " | ")))))))
        (condition-case err
            (eglot-code-actions beg end "quickfix" t)
          (letterlint-e2e-failure (signal (car err) (cdr err)))
          (error (letterlint-e2e-fail "eglot-code-actions failed: %s" (error-message-string err))))))
    (puthash "applied" (cl-find-if (lambda (title) (string-prefix-p title-prefix title)) (append (gethash "titles" record) nil)) record)
    (puthash "line" (save-excursion
                      (goto-char (point-min))
                      (forward-line line)
                      (buffer-substring-no-properties (line-beginning-position) (line-end-position)))
             record)
    ;; What eglot would send on idle.
    (eglot--signal-textDocument/didChange)))

(defun letterlint-e2e-main ()
  (unless (and (consp letterlint-e2e-server) letterlint-e2e-root letterlint-e2e-letter letterlint-e2e-result-file)
    (letterlint-e2e-fail "LETTERLINT_E2E_SERVER, _ROOT, _LETTER and _RESULT must be set"))
  (let ((root (file-name-as-directory letterlint-e2e-root)))
    ;; The workspace folder is the temporary root above letters/, as a project would give it.
    (add-hook 'project-find-functions (lambda (_dir) (cons 'transient root)))
    (add-to-list 'eglot-server-programs (cons '(markdown-mode gfm-mode) letterlint-e2e-server)))
  (setq eglot-sync-connect letterlint-e2e-timeout
        eglot-connect-timeout letterlint-e2e-timeout)
  (find-file letterlint-e2e-letter)
  (letterlint-e2e-put "mode" (symbol-name major-mode))
  (condition-case err
      (apply #'eglot (eglot--guess-contact))
    (error (letterlint-e2e-fail "M-x eglot failed: %s" (error-message-string err))))
  (unless (letterlint-e2e-wait (lambda () (and (eglot-current-server) eglot--managed-mode)))
    (letterlint-e2e-fail "eglot did not connect to %s within %.0f ms" (string-join letterlint-e2e-server " ") (* 1000 letterlint-e2e-timeout)))
  (letterlint-e2e-step "attached")

  (letterlint-e2e-put "diagnostics" (letterlint-e2e-diagnostics "after opening the letter"))
  (when (zerop (length (gethash "diagnostics" letterlint-e2e-result)))
    (letterlint-e2e-fail "the server published no diagnostics for the letter (an empty list)"))
  ;; eglot 1.9 negotiates no position encoding: it counts UTF-16 code units when this is its default.
  (letterlint-e2e-put "offsetEncoding" (if (eq eglot-move-to-column-function #'eglot-move-to-lsp-abiding-column)
                                           "utf-16"
                                         (format "%s" eglot-move-to-column-function)))
  (letterlint-e2e-step "diagnostics")

  (dolist (step '(("specific" "generic-phrase" "Make it specific: \"Thank you, Dana" "after the \"Make it specific\" edit")
                  ("article" "indefinite-article" "Replace with \"an\"" "after the \"Replace with an\" edit")
                  ("spelling" "spelling" "Replace with \"tour\"" "after the \"Replace with tour\" edit")))
    (let ((record (make-hash-table :test #'equal)))
      (letterlint-e2e-put (nth 0 step) record)
      (letterlint-e2e-apply-action (nth 1 step) (nth 2 step) record)
      (puthash "diagnostics" (letterlint-e2e-diagnostics (nth 3 step)) record)
      (letterlint-e2e-step (nth 0 step))))

  (letterlint-e2e-put "text" (buffer-substring-no-properties (point-min) (point-max)))
  (let* ((server (eglot-current-server))
         (process (jsonrpc--process server)))
    (eglot-shutdown server)
    (letterlint-e2e-put "stopped" (if (letterlint-e2e-wait (lambda () (not (process-live-p process)))) t :false))
    (letterlint-e2e-put "serverExit" (letterlint-e2e-object "code" (process-exit-status process))))
  (letterlint-e2e-step "stopped"))

(let ((status 0))
  (letterlint-e2e-put "editor" (format "emacs %s, eglot %s" emacs-version
                                       (or (ignore-errors (package-version-join (package-desc-version (cadr (assq 'eglot package-alist))))) "?")))
  (condition-case err
      (letterlint-e2e-main)
    (letterlint-e2e-failure (letterlint-e2e-put "error" (cadr err)) (setq status 1))
    (error (letterlint-e2e-put "error" (format "%s" (error-message-string err))) (setq status 1)))
  (letterlint-e2e-put "steps" (apply #'vector (reverse letterlint-e2e-steps)))
  (let ((editor (gethash "editor" letterlint-e2e-result)))
    (unless (stringp editor) (letterlint-e2e-put "editor" (format "%s" editor))))
  (with-temp-file letterlint-e2e-result-file
    (insert (json-serialize letterlint-e2e-result)))
  (when (/= status 0)
    (message "letterlint e2e (emacs): %s" (gethash "error" letterlint-e2e-result))
    (ignore-errors (eglot-shutdown-all)))
  (kill-emacs status))
