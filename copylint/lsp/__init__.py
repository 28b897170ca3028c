"""``copylint lsp``: copylint's findings, fixes and rule documentation in any LSP editor.

The modules, each with one job: :mod:`~copylint.lsp.server` wires the protocol (pygls),
:mod:`~copylint.lsp.documents` names and formats open documents, :mod:`~copylint.lsp.configs`
keeps one warm linter per config and notices when its files change,
:mod:`~copylint.lsp.positions` converts columns to the negotiated position encoding,
:mod:`~copylint.lsp.diagnostics` maps findings, :mod:`~copylint.lsp.actions` builds code
actions and :mod:`~copylint.lsp.dictionary` writes the house dictionary.
"""
