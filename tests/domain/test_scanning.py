"""Switch scanning rules: timing, the hold filter, pauses, groups and blocks, and two switches."""

import pytest

from coprod_desktop.domain.errors import ValidationError
from coprod_desktop.domain.scanning import (
    Chosen,
    Highlight,
    Moved,
    Paused,
    Scanner,
    ScanSettings,
    Switch,
    split,
)

STEP = 1.0
EXTRA = 0.5


def one_switch(**changes) -> ScanSettings:
    values = {"step_seconds": STEP, "first_item_extra_seconds": EXTRA, "debounce_seconds": 0.0}
    return ScanSettings(**{**values, **changes})


def click(scanner: Scanner, now: float, switch: Switch = Switch.SELECT, held: float = 0.1) -> list:
    """A press and release; returns every event both gave."""
    return scanner.press(now, switch) + scanner.release(now + held, switch)


def group(g: int) -> Highlight:
    return Highlight("group", g)


def item(g: int, i: int) -> Highlight:
    return Highlight("item", g, i, i + 1)


# settings
def test_defaults_are_valid_and_slow_enough_to_be_kind():
    settings = ScanSettings()
    assert settings.mode == "one_switch"
    assert settings.step_seconds >= 1.5 and settings.first_item_extra_seconds > 0
    assert settings.hold_seconds == 0.0 and settings.spoken_cues is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mode": "three_switch"}, "Scanning must use one switch or two switches."),
        ({"step_seconds": 0.4}, "The time on each item must be between 0.5 and 10 seconds."),
        ({"step_seconds": 10.5}, "The time on each item must be between 0.5 and 10 seconds."),
        ({"step_seconds": "2"}, "The time on each item must be between 0.5 and 10 seconds."),
        ({"step_seconds": True}, "The time on each item must be between 0.5 and 10 seconds."),
        ({"first_item_extra_seconds": -1}, "The extra time on the first item must be between 0 and 10 seconds."),
        ({"hold_seconds": 6}, "How long to hold the switch must be between 0 and 5 seconds."),
        ({"debounce_seconds": 3}, "The pause after a press must be between 0 and 2 seconds."),
        ({"passes_before_pause": 0}, "The number of rounds before scanning stops must be a whole number from 1 to 20."),
        (
            {"passes_before_pause": 2.5},
            "The number of rounds before scanning stops must be a whole number from 1 to 20.",
        ),
        ({"block_size": 1}, "The number of items in a block must be a whole number from 2 to 20."),
        ({"spoken_cues": "yes"}, "Spoken cues must be on or off."),
    ],
)
def test_settings_out_of_range_get_a_plain_message(changes, message):
    with pytest.raises(ValidationError) as error:
        ScanSettings(**changes)
    assert str(error.value) == message


def test_the_edges_of_each_range_are_allowed():
    ScanSettings(step_seconds=0.5, first_item_extra_seconds=0, hold_seconds=0, passes_before_pause=1)
    ScanSettings(step_seconds=10, first_item_extra_seconds=10, hold_seconds=5, debounce_seconds=2, block_size=20)


# automatic stepping
def test_start_highlights_the_first_group_and_nothing_is_chosen():
    scanner = Scanner(one_switch(), [3, 2])
    assert scanner.start(0.0) == [Moved(group(0))]
    assert scanner.state == "scanning"


def test_first_item_is_held_longer_then_each_step_takes_step_seconds():
    scanner = Scanner(one_switch(), [3, 2, 4])
    scanner.start(0.0)
    assert scanner.next_deadline() == STEP + EXTRA
    assert scanner.tick(STEP) == []  # a plain step's time is not enough for the first entry
    assert scanner.tick(STEP + EXTRA) == [Moved(group(1))]
    assert scanner.next_deadline() == 2 * STEP + EXTRA
    assert scanner.tick(2 * STEP + EXTRA) == [Moved(group(2))]
    # back to the first: a new pass, held longer again
    assert scanner.tick(3 * STEP + EXTRA) == [Moved(group(0))]
    assert scanner.next_deadline() == 4 * STEP + 2 * EXTRA


def test_a_late_tick_moves_one_step_only_and_times_from_then():
    scanner = Scanner(one_switch(), [3, 2, 4])
    scanner.start(0.0)
    assert scanner.tick(100.0) == [Moved(group(1))]
    assert scanner.next_deadline() == 100.0 + STEP


def test_empty_groups_are_skipped():
    scanner = Scanner(one_switch(), [0, 2, 0, 1])
    assert scanner.start(0.0) == [Moved(group(1))]
    assert scanner.tick(10.0) == [Moved(group(3))]


def test_nothing_to_scan_gives_no_highlight_and_no_deadline():
    scanner = Scanner(one_switch(), [0, 0])
    assert scanner.start(0.0) == []
    assert scanner.highlight is None and scanner.next_deadline() is None
    assert scanner.press(1.0) == []


def test_scanning_pauses_after_the_passes_with_no_choice_and_a_press_only_wakes_it():
    scanner = Scanner(one_switch(passes_before_pause=2), [1, 1])
    scanner.start(0.0)
    now, events = 0.0, []
    while scanner.state == "scanning":
        now = scanner.next_deadline()
        events += scanner.tick(now)
        assert now < 100, "scanning never paused"
    # two full passes over two groups: 3 moves, then the pause instead of a fourth
    assert events == [Moved(group(1)), Moved(group(0)), Moved(group(1)), Paused()]
    assert scanner.highlight is None and scanner.next_deadline() is None
    assert scanner.tick(now + 100) == []
    assert click(scanner, now + 200) == [Moved(group(0))]  # woken up at the start, nothing chosen
    assert scanner.state == "scanning"


def test_a_choice_starts_the_pass_count_again():
    scanner = Scanner(one_switch(passes_before_pause=1), [2, 1])
    scanner.start(0.0)
    scanner.tick(STEP + EXTRA)  # group 1
    click(scanner, 2.0)  # into group 1: [item, back]
    now = scanner.next_deadline()
    assert scanner.tick(now) == [Moved(Highlight("back", 1, 0, 1))]
    assert scanner.tick(scanner.next_deadline()) == [Paused()]


# groups, items and backing out
def test_group_then_item_then_back_to_the_groups():
    scanner = Scanner(one_switch(), [2, 3])
    scanner.start(0.0)
    assert click(scanner, 0.5) == [Moved(item(0, 0))]
    assert scanner.tick(scanner.next_deadline()) == [Moved(item(0, 1))]
    assert click(scanner, 10.0) == [Chosen(0, 1), Moved(group(0))]


def test_back_out_undoes_a_wrong_group():
    scanner = Scanner(one_switch(), [2, 3])
    scanner.start(0.0)
    click(scanner, 0.5)  # into people by mistake
    scanner.tick(scanner.next_deadline())
    assert scanner.tick(scanner.next_deadline()) == [Moved(Highlight("back", 0, 0, 2))]
    assert click(scanner, 20.0) == [Moved(group(0))]
    assert scanner.tick(scanner.next_deadline()) == [Moved(group(1))]


def test_a_long_group_is_scanned_in_blocks_and_back_out_goes_up_one_level():
    scanner = Scanner(one_switch(block_size=4), [10])
    scanner.start(0.0)
    assert click(scanner, 0.5) == [Moved(Highlight("block", 0, 0, 4))]
    scanner.tick(scanner.next_deadline())
    assert scanner.highlight == Highlight("block", 0, 4, 8)
    scanner.tick(scanner.next_deadline())
    assert scanner.highlight == Highlight("block", 0, 8, 10)
    assert click(scanner, 20.0) == [Moved(item(0, 8))]
    scanner.tick(scanner.next_deadline())
    scanner.tick(scanner.next_deadline())
    assert scanner.highlight == Highlight("back", 0, 8, 10)
    assert click(scanner, 40.0) == [Moved(Highlight("block", 0, 0, 4))]  # up to the blocks, not the groups


def test_blocks_keep_every_level_short():
    assert split(0, 5, 8) == [(i, i + 1) for i in range(5)]
    assert split(0, 9, 8) == [(0, 8), (8, 9)]
    assert split(0, 64, 8) == [(i, i + 8) for i in range(0, 64, 8)]
    blocks = split(0, 276, 8)
    assert blocks == [(0, 64), (64, 128), (128, 192), (192, 256), (256, 276)]
    assert split(64, 128, 8)[1] == (72, 80)


def test_a_card_deep_in_a_long_group_is_a_few_presses_away():
    scanner = Scanner(one_switch(), [6, 276, 5])
    scanner.start(0.0)
    scanner.tick(scanner.next_deadline())  # the cards
    presses = 0
    now = 10.0
    while True:
        highlight = scanner.highlight
        on_the_way = highlight.kind == "group" or (highlight.kind != "back" and highlight.start <= 200 < highlight.stop)
        if highlight.group == 1 and on_the_way:
            events = click(scanner, now)
            presses += 1
            if highlight.kind == "item":
                break
        else:
            now = scanner.next_deadline()
            scanner.tick(now)
        now += 0.2
    assert events[0] == Chosen(1, 200)
    assert presses == 4  # group, block of 64, block of 8, the card


# the hold filter
def test_hold_filter_ignores_a_short_press():
    scanner = Scanner(one_switch(hold_seconds=0.5), [2, 3])
    scanner.start(0.0)
    assert scanner.press(0.2) == []
    assert scanner.tick(0.5) == []
    assert scanner.release(0.6) == []  # held 0.4 s: not long enough
    assert scanner.highlight == group(0)
    # the step starts afresh after the press, and the highlight never moved while it was held
    assert scanner.next_deadline() == 0.6 + STEP + EXTRA


def test_hold_filter_accepts_a_long_press_as_soon_as_it_is_long_enough():
    scanner = Scanner(one_switch(hold_seconds=0.5), [2, 3])
    scanner.start(0.0)
    scanner.press(1.0)
    assert scanner.next_deadline() == 1.5  # so the screen can act the moment the hold is enough
    assert scanner.tick(1.49) == []
    assert scanner.tick(1.5) == [Moved(item(0, 0))]
    assert scanner.next_deadline() is None  # still held: nothing moves
    assert scanner.release(3.0) == []  # the release does not count a second time
    assert scanner.next_deadline() == 3.0 + STEP + EXTRA


def test_hold_filter_accepts_at_release_when_no_tick_came():
    scanner = Scanner(one_switch(hold_seconds=0.5), [2, 3])
    scanner.start(0.0)
    scanner.press(1.0)
    assert scanner.release(2.0) == [Moved(item(0, 0))]


def test_the_highlight_holds_still_while_the_switch_is_down():
    scanner = Scanner(one_switch(hold_seconds=1.0), [2, 3])
    scanner.start(0.0)
    scanner.press(1.4)  # just before the step would end
    assert scanner.tick(1.6) == []
    assert scanner.highlight == group(0)


def test_presses_just_after_a_counted_press_are_ignored():
    scanner = Scanner(one_switch(debounce_seconds=0.3), [2, 3])
    scanner.start(0.0)
    assert click(scanner, 1.0, held=0.1) == [Moved(item(0, 0))]
    assert click(scanner, 1.2, held=0.05) == []  # a bounce 0.1 s after the release
    assert scanner.highlight == item(0, 0)
    assert click(scanner, 1.5) == [Chosen(0, 0), Moved(group(0))]


def test_a_press_without_a_release_is_not_counted_twice():
    scanner = Scanner(one_switch(), [2, 3])
    scanner.start(0.0)
    assert scanner.press(1.0) == [Moved(item(0, 0))]
    assert scanner.press(1.1) == []
    assert scanner.release(1.2) == []
    assert scanner.release(1.3) == []


# two switches
def test_two_switches_step_and_select_with_no_deadlines():
    scanner = Scanner(ScanSettings(mode="two_switch", debounce_seconds=0.0), [2, 3])
    assert scanner.start(0.0) == [Moved(group(0))]
    assert scanner.next_deadline() is None
    assert scanner.tick(1000.0) == []  # time alone never moves anything
    assert click(scanner, 1.0, Switch.STEP) == [Moved(group(1))]
    assert click(scanner, 2.0, Switch.STEP) == [Moved(group(0))]  # wraps round, never pauses
    assert click(scanner, 3.0, Switch.STEP) == [Moved(group(1))]
    assert click(scanner, 4.0, Switch.SELECT) == [Moved(item(1, 0))]
    assert click(scanner, 5.0, Switch.STEP) == [Moved(item(1, 1))]
    assert click(scanner, 6.0, Switch.SELECT) == [Chosen(1, 1), Moved(group(0))]
    assert scanner.next_deadline() is None


def test_two_switches_never_pause():
    scanner = Scanner(ScanSettings(mode="two_switch", passes_before_pause=1, debounce_seconds=0.0), [1, 1])
    scanner.start(0.0)
    for n in range(10):
        assert click(scanner, float(n), Switch.STEP)[0].__class__ is Moved
    assert scanner.state == "scanning"


def test_two_switch_hold_filter_is_judged_at_release_without_a_timer():
    scanner = Scanner(ScanSettings(mode="two_switch", hold_seconds=0.5, debounce_seconds=0.0), [2, 3])
    scanner.start(0.0)
    scanner.press(1.0, Switch.STEP)
    assert scanner.next_deadline() is None
    assert scanner.release(1.2, Switch.STEP) == []
    scanner.press(2.0, Switch.STEP)
    assert scanner.release(2.6, Switch.STEP) == [Moved(group(1))]


def test_the_step_switch_does_nothing_with_one_switch():
    scanner = Scanner(one_switch(), [2, 3])
    scanner.start(0.0)
    assert click(scanner, 1.0, Switch.STEP) == []
    assert scanner.highlight == group(0)


def test_a_second_switch_while_one_is_held_is_ignored():
    scanner = Scanner(ScanSettings(mode="two_switch", debounce_seconds=0.0), [2, 3])
    scanner.start(0.0)
    scanner.press(1.0, Switch.STEP)
    assert scanner.press(1.1, Switch.SELECT) == []
    assert scanner.release(1.2, Switch.SELECT) == []
    assert scanner.highlight == group(1)


# the screen changes
def test_a_change_inside_the_current_group_goes_back_to_the_groups():
    scanner = Scanner(one_switch(), [2, 30])
    scanner.start(0.0)
    scanner.tick(scanner.next_deadline())
    click(scanner, 5.0)  # into the cards
    assert scanner.set_group_sizes([2, 30], 6.0) == []  # nothing changed: keep the place
    assert scanner.set_group_sizes([2, 4], 7.0) == [Moved(group(0))]  # a search narrowed the cards


def test_a_change_elsewhere_keeps_the_highlighted_group():
    scanner = Scanner(one_switch(), [2, 0, 3])
    scanner.start(0.0)
    scanner.tick(scanner.next_deadline())
    assert scanner.highlight == group(2)
    assert scanner.set_group_sizes([2, 5, 3], 5.0) == []
    assert scanner.highlight == group(2)
    assert scanner.set_group_sizes([2, 5, 0], 6.0) == [Moved(group(0))]


def test_groups_appearing_on_an_empty_screen_start_the_scan():
    scanner = Scanner(one_switch(), [])
    scanner.start(0.0)
    assert scanner.set_group_sizes([0, 2], 1.0) == [Moved(group(1))]


def test_stop_forgets_everything():
    scanner = Scanner(one_switch(), [2, 3])
    scanner.start(0.0)
    scanner.press(1.0)
    scanner.stop()
    assert scanner.state == "stopped" and scanner.highlight is None and scanner.next_deadline() is None
    assert scanner.release(1.1) == [] and scanner.press(2.0) == [] and scanner.tick(50.0) == []
    assert scanner.start(60.0) == [Moved(group(0))]
