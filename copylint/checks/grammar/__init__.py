"""The grammar family: real-word errors, the slips a spelling checker cannot see.

Every word of "an report", "it's own", "more then" and "could of" is spelled right; only its
neighbours show that it is wrong. Each rule is a small set of context patterns over the shared
view of :mod:`copylint.checks.grammar.context` (words in lowercase, names masked, parts of
speech from a lexicon built from lemminflect's), and flags a word only where its neighbours
leave one reading.
"""
