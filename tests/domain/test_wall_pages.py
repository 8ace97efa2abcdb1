"""The wall's columns and pages: nothing scrolls, the newest is on the last page, pages stay put."""

import pytest

from coprod_desktop.domain.wall_pages import lay_out, page_of


def placed(pages):
    return [
        [[(p.item, p.first, p.last, p.top, p.continued) for p in col.pieces] for col in page.columns] for page in pages
    ]


def test_an_empty_wall_is_one_empty_page():
    pages = lay_out([], column_height=100, columns=2)
    assert len(pages) == 1 and pages[0].items == []


def test_contributions_fill_a_column_then_the_next_then_a_new_page():
    items = [[20, 20]] * 5  # 40 high each; two fit in a column of 100 with a gap of 10
    pages = lay_out(items, column_height=100, columns=2, gap=10)
    assert placed(pages) == [
        [[(0, 0, 2, 0.0, False), (1, 0, 2, 50.0, False)], [(2, 0, 2, 0.0, False), (3, 0, 2, 50.0, False)]],
        [[(4, 0, 2, 0.0, False)]],
    ]
    assert page_of(pages, 4) == 1


def test_every_piece_stays_inside_its_column():
    items = [[30, 25, 25, 25, 40], [30, 25], [30] + [25] * 20, [30, 25, 60]]
    for columns in (1, 2, 3):
        for page in lay_out(items, column_height=120, columns=columns, gap=8):
            for column in page.columns:
                for piece in column.pieces:
                    assert piece.top + piece.height <= 120


def test_a_page_already_shown_does_not_change_when_more_is_said():
    items = [[30, 30]] * 7
    before = lay_out(items, column_height=130, columns=2, gap=5)
    after = lay_out([*items, [30, 30, 30]], column_height=130, columns=2, gap=5)
    assert placed(after)[: len(before) - 1] == placed(before)[:-1]
    assert page_of(after, 7) == len(after) - 1


def test_a_contribution_too_long_for_a_column_flows_on_and_keeps_its_credit_with_its_words():
    long_one = [30] + [20] * 12  # credit line and twelve lines of words: 270 high
    pages = lay_out([[30, 20], long_one], column_height=100, columns=3)
    pieces = [piece for page in pages for col in page.columns for piece in col.pieces if piece.item == 1]
    # It starts under the first contribution (its credit with a line of words), then fills whole columns.
    assert [(p.first, p.last) for p in pieces] == [(0, 2), (2, 7), (7, 12), (12, 13)]
    assert [p.continued for p in pieces] == [False, True, True, True]
    assert page_of(pages, 1) == 1
    assert sum(p.height for p in pieces) == sum(long_one)


def test_the_credit_line_is_never_left_alone_at_the_foot_of_a_column():
    pages = lay_out([[30, 20, 20], [30] + [20] * 6], column_height=100, columns=2)
    first_column = pages[0].columns[0].pieces
    assert [(p.item, p.first, p.last) for p in first_column] == [(0, 0, 3)]
    assert (pages[0].columns[1].pieces[0].item, pages[0].columns[1].pieces[0].first) == (1, 0)


def test_one_block_taller_than_a_column_is_shown_alone_and_never_lost():
    pages = lay_out([[30, 500, 20]], column_height=100, columns=2)
    pieces = [piece for page in pages for col in page.columns for piece in col.pieces]
    assert [(p.first, p.last) for p in pieces] == [(0, 1), (1, 2), (2, 3)]


@pytest.mark.parametrize(("height", "columns"), [(0, 1), (-5, 2), (100, 0)])
def test_a_wall_without_room_is_refused(height, columns):
    with pytest.raises(ValueError):
        lay_out([[10]], column_height=height, columns=columns)


def test_the_newest_page_holds_as_many_of_the_newest_as_fit():
    from coprod_desktop.domain.wall_pages import lay_out_newest_full

    items = [[30, 30]] * 9  # four fit on a page of two columns
    forward = lay_out(items, column_height=130, columns=2, gap=5)
    assert forward[-1].items == [8]  # filled from the oldest, the last page would hold one
    pages = lay_out_newest_full(items, column_height=130, columns=2, gap=5)
    assert pages[-1].items == [5, 6, 7, 8]
    assert [p.items for p in pages[:-1]] == [[0, 1, 2, 3], [4]]
    # One more said: the first page stays as it was.
    more = lay_out_newest_full([*items, [30, 30]], column_height=130, columns=2, gap=5)
    assert placed(more)[:1] == placed(pages)[:1] and more[-1].items == [6, 7, 8, 9]
    # A contribution longer than a page still ends on the last page, whole from its start.
    long_one = [30] + [20] * 20
    pages = lay_out_newest_full([[30, 30], long_one], column_height=100, columns=2)
    assert page_of(pages, 1) == len(pages) - 1 and pages[0].items == [0]
