from game.core.episodes import episode, load_episodes


def test_there_are_five_episodes_in_order():
    assert [e.number for e in load_episodes()] == [1, 2, 3, 4, 5]


def test_every_episode_has_at_least_two_endings_with_unique_ids():
    for ep in load_episodes():
        ids = [e.id for e in ep.endings]
        assert len(ids) >= 2 and len(set(ids)) == len(ids)


def test_episode_one_is_iris_in_2042():
    first = episode(1)
    assert (first.protagonist, first.year) == ("Iris", 2042)
