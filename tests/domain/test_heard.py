from coprod_desktop.domain.heard import next_to_invite, who_was_heard

PEOPLE = ["sam", "priya", "gwen", "tn", "dot"]


def test_people_are_sorted_by_spoke_passed_and_waiting_in_tile_order():
    heard = who_was_heard(PEOPLE, speakers=["dot", "sam", "sam"], passes=["gwen", "sam"])
    assert heard.spoke == ("sam", "dot")
    assert heard.passed == ("gwen",)  # sam spoke as well as passing: counted as spoke
    assert heard.waiting == ("priya", "tn")
    assert heard.is_heard("gwen") and not heard.is_heard("priya")


def test_invitations_go_round_the_room_from_the_last_person():
    heard = who_was_heard(PEOPLE, speakers=["priya"])
    assert next_to_invite(heard, PEOPLE) == "sam"
    assert next_to_invite(heard, PEOPLE, after="gwen") == "tn"
    assert next_to_invite(heard, PEOPLE, after="dot") == "sam"  # wraps round
    assert next_to_invite(heard, PEOPLE, after="someone who left") == "sam"


def test_nobody_to_invite_when_everyone_was_heard():
    heard = who_was_heard(PEOPLE, speakers=PEOPLE[:3], passes=PEOPLE[3:])
    assert heard.waiting == () and next_to_invite(heard, PEOPLE) is None
