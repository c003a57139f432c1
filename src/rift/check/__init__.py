"""Check an English narrative against the chronicle, claim by claim.

The pipeline, one module per stage: `segment` (sentences and clauses), `link`
(actor mentions), `timex` (temporal expressions), `predicate` (what is claimed),
`claims` (subject, predicate, object, time, polarity, span), `verify` (verdicts
with evidence and corrections) and `omissions`. `report` renders the result.
"""
