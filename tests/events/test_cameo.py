from redline.events import load_cameo, root_of


def test_cameo_table_has_every_root_with_its_facts():
    table = load_cameo()
    roots = {c for c in table if len(c) == 2}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    assert all(table[code].root_code == root_of(code) for code in table)


def test_cameo_threat_of_force_carries_goldstein_quadclass_and_plover():
    threat = load_cameo()["138"]
    assert (threat.goldstein, threat.quad_class, threat.plover) == (-7.0, 3, "THREATEN")


def test_cameo_release_has_plover_mode_and_material_cooperation_quadclass():
    release = load_cameo()["0841"]
    assert (release.plover, release.plover_mode, release.quad_class) == ("RETREAT", "release", 2)


def test_cameo_statement_roots_have_no_plover_type():
    table = load_cameo()
    assert table["010"].plover is None and table["020"].plover is None
