"""redline.nlp.arrays.one_of picks the same tokens as numpy.isin, hashes compared exactly."""

from __future__ import annotations

import numpy

from redline.nlp.arrays import keys_of, one_of


def test_one_of_is_isin_on_random_hashes() -> None:
    rng = numpy.random.default_rng(7)
    top = numpy.iinfo(numpy.uint64).max
    for _ in range(200):
        values = rng.integers(0, top, int(rng.integers(0, 400)), dtype=numpy.uint64, endpoint=True)
        values = numpy.concatenate([values, numpy.array([0, top], dtype=numpy.uint64)])
        pool = numpy.concatenate([values, rng.integers(0, top, 10, dtype=numpy.uint64)])
        wanted = [int(v) for v in rng.choice(pool, int(rng.integers(0, 12)))]
        expected = numpy.isin(values, numpy.array(wanted, dtype=numpy.uint64))
        assert (one_of(values, wanted) == expected).all()
        assert (one_of(values, keys_of(wanted)) == expected).all()


def test_one_of_hashes_that_differ_only_in_low_bits() -> None:
    # two hashes above 2**63 one apart: a float comparison would take them for one
    high = 2**64 - 2
    values = numpy.array([high, high + 1, 5], dtype=numpy.uint64)
    assert one_of(values, [high]).tolist() == [True, False, False]
    assert one_of(values, [high + 1, 1, 2, 3, 4, 6]).tolist() == [False, True, False]
