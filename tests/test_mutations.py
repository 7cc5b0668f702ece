"""The mutation list stays in step with the code it breaks.

Running the mutations themselves is `python -m tests.mutations` (see the README)."""

from __future__ import annotations

import pytest

from tests.mutations import MUTATIONS, ROOT, Mutation


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_each_mutation_still_applies_to_exactly_one_place(mutation: Mutation) -> None:
    text = (ROOT / mutation.path).read_text(encoding="utf-8")
    assert text.count(mutation.old) == 1, f"update {mutation.name} in tests/mutations.py"
    assert all((ROOT / test).exists() for test in mutation.tests)
