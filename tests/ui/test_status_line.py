"""The status line: a message too long for the window ends in "…" rather than being cut off
without a sign; the whole message is its tooltip, what a screen reader reads and currentMessage."""

from coprod_desktop.ui.widgets.status_line import StatusLine

LONG = "Backed up automatically at 2026-12-03 20:22. Meetings: 2. Contributions: 16. <b>Garden</b>"


def test_a_long_message_says_there_is_more_and_keeps_all_of_it(qtbot):
    line = StatusLine()
    qtbot.addWidget(line)
    line.resize(300, 40)
    line.show()
    qtbot.waitExposed(line)
    seen = []
    line.messageChanged.connect(seen.append)
    line.showMessage(LONG)
    shown = line._words.text()
    assert shown.endswith("…") and len(shown) < len(LONG)
    assert LONG.startswith(shown[:-1])
    assert line.currentMessage() == LONG
    assert line._words.accessibleName() == LONG
    assert line._words.toolTip() == LONG
    assert line._words.textFormat().name == "PlainText"  # "<b>" is words, never markup
    line.resize(2000, 40)  # room for all of it: no "…", no tooltip
    qtbot.waitUntil(lambda: line._words.text() == LONG)
    assert line._words.toolTip() == ""
    line.clearMessage()
    assert line.currentMessage() == "" and line._words.text() == ""
    assert seen == [LONG, ""]


def test_a_message_with_a_timeout_goes_by_itself(qtbot):
    line = StatusLine()
    qtbot.addWidget(line)
    line.showMessage("Saved.", 30)
    assert line.currentMessage() == "Saved."
    qtbot.waitUntil(lambda: line.currentMessage() == "", timeout=2000)
