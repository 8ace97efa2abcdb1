<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Card</name>
    <message>
        <source>Very good</source>
        <extracomment>Picture card “feeling-very-good” in the group “Feelings”. English synonyms: brilliant, excellent, really good, fantastic, very happy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Very good</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>Picture card “feeling-good” in the group “Feelings”. English synonyms: fine, all right, nice, like it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Good</translation>
    </message>
    <message>
        <source>Okay</source>
        <extracomment>Picture card “feeling-okay” in the group “Feelings”. English synonyms: ok, so-so, in between, not bad, average. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Not good</source>
        <extracomment>Picture card “feeling-not-good” in the group “Feelings”. English synonyms: bad, not nice, unhappy, don't like, disappointed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Not good</translation>
    </message>
    <message>
        <source>Very bad</source>
        <extracomment>Picture card “feeling-very-bad” in the group “Feelings”. English synonyms: awful, terrible, really bad, horrible, hate it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Very bad</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>Picture card “feeling-not-sure” in the group “Feelings”. English synonyms: unsure, maybe, don't mind, thinking about it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Not sure</translation>
    </message>
    <message>
        <source>Don't want to say</source>
        <extracomment>Picture card “response-dont-want-to-say” in the group “Feelings”. English synonyms: rather not say, pass, skip, no comment, keep it to myself. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Don't want to say</translation>
    </message>
    <message>
        <source>Happy</source>
        <extracomment>Picture card “feeling-happy” in the group “Feelings”. English synonyms: glad, pleased, cheerful, smile, joy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Happy</translation>
    </message>
    <message>
        <source>Sad</source>
        <extracomment>Picture card “feeling-sad” in the group “Feelings”. English synonyms: unhappy, down, crying, tearful, low. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Angry</source>
        <extracomment>Picture card “feeling-angry” in the group “Feelings”. English synonyms: cross, mad, furious, annoyed, livid. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Angry</translation>
    </message>
    <message>
        <source>Scared</source>
        <extracomment>Picture card “feeling-scared” in the group “Feelings”. English synonyms: frightened, afraid, fear, terrified. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Scared</translation>
    </message>
    <message>
        <source>Worried</source>
        <extracomment>Picture card “response-worried” in the group “Feelings”. English synonyms: anxious, worry, concerned, nervous about, anxiety. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Worried</translation>
    </message>
    <message>
        <source>Calm</source>
        <extracomment>Picture card “feeling-calm” in the group “Feelings”. English synonyms: relaxed, peaceful, chilled, settled. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Calm</translation>
    </message>
    <message>
        <source>Excited</source>
        <extracomment>Picture card “feeling-excited” in the group “Feelings”. English synonyms: can't wait, thrilled, amazed, looking forward. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Excited</translation>
    </message>
    <message>
        <source>Funny</source>
        <extracomment>Picture card “feeling-funny” in the group “Feelings”. English synonyms: laugh, laughing, joke, hilarious. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Funny</translation>
    </message>
    <message>
        <source>Loved</source>
        <extracomment>Picture card “feeling-loved” in the group “Feelings”. English synonyms: cared for, appreciated, special, cared about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Loved</translation>
    </message>
    <message>
        <source>Surprised</source>
        <extracomment>Picture card “feeling-surprised” in the group “Feelings”. English synonyms: shocked, wow, amazed, unexpected. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Surprised</translation>
    </message>
    <message>
        <source>Confused</source>
        <extracomment>Picture card “feeling-confused” in the group “Feelings”. English synonyms: don't understand, muddled, puzzled, lost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Confused</translation>
    </message>
    <message>
        <source>Bored</source>
        <extracomment>Picture card “feeling-bored” in the group “Feelings”. English synonyms: boring, nothing to do, dull, same old. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bored</translation>
    </message>
    <message>
        <source>Fed up</source>
        <extracomment>Picture card “feeling-fed-up” in the group “Feelings”. English synonyms: sick of it, had enough, annoyed, not again. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fed up</translation>
    </message>
    <message>
        <source>Embarrassed</source>
        <extracomment>Picture card “feeling-embarrassed” in the group “Feelings”. English synonyms: shy, awkward, ashamed, red face. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Embarrassed</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <extracomment>Picture card “feeling-frustrated” in the group “Feelings”. English synonyms: irritated, wound up, stuck, can't do it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Frustrated</translation>
    </message>
    <message>
        <source>Lonely</source>
        <extracomment>Picture card “feeling-lonely” in the group “Feelings”. English synonyms: alone, on my own, isolated, miss people, no one to talk to. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lonely</translation>
    </message>
    <message>
        <source>Nervous</source>
        <extracomment>Picture card “feeling-nervous” in the group “Feelings”. English synonyms: on edge, tense, jittery, butterflies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nervous</translation>
    </message>
    <message>
        <source>Upset</source>
        <extracomment>Picture card “feeling-upset” in the group “Feelings”. English synonyms: very sad, crying, in tears, distressed, hurt. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Upset</translation>
    </message>
    <message>
        <source>Stressed</source>
        <extracomment>Picture card “feeling-stressed” in the group “Feelings”. English synonyms: stress, under pressure, overwhelmed, too much. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Stressed</translation>
    </message>
    <message>
        <source>Heartbroken</source>
        <extracomment>Picture card “feeling-heartbroken” in the group “Feelings”. English synonyms: broken heart, grief, bereaved, loss, miss someone. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Heartbroken</translation>
    </message>
    <message>
        <source>Tired</source>
        <extracomment>Picture card “feeling-tired” in the group “Feelings”. English synonyms: sleepy, worn out, exhausted, yawn. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tired</translation>
    </message>
    <message>
        <source>Pain</source>
        <extracomment>Picture card “feeling-pain” in the group “Feelings”. English synonyms: hurt, hurts, ache, sore, painful, injury. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pain</translation>
    </message>
    <message>
        <source>Ill</source>
        <extracomment>Picture card “feeling-ill” in the group “Feelings”. English synonyms: poorly, unwell, sick, not well, under the weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ill</translation>
    </message>
    <message>
        <source>Feel sick</source>
        <extracomment>Picture card “feeling-sick” in the group “Feelings”. English synonyms: nausea, queasy, sick feeling, upset stomach. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Feel sick</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <extracomment>Picture card “feeling-dizzy” in the group “Feelings”. English synonyms: light-headed, woozy, wobbly, faint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dizzy</translation>
    </message>
    <message>
        <source>Hungry</source>
        <extracomment>Picture card “feeling-hungry” in the group “Feelings”. English synonyms: starving, peckish, want food, yummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hungry</translation>
    </message>
    <message>
        <source>Hot</source>
        <extracomment>Picture card “feeling-hot” in the group “Feelings”. English synonyms: too hot, warm, sweaty, boiling. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hot</translation>
    </message>
    <message>
        <source>Cold</source>
        <extracomment>Picture card “feeling-cold” in the group “Feelings”. English synonyms: too cold, chilly, freezing, shivering. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cold</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Picture card “response-yes” in the group “Responses”. English synonyms: yeah, yep, correct, yes please. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Picture card “response-no” in the group “Responses”. English synonyms: nope, wrong, not right, incorrect. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Agree</source>
        <extracomment>Picture card “response-agree” in the group “Responses”. English synonyms: thumbs up, me too, I agree, yes to that, for it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <extracomment>Picture card “response-disagree” in the group “Responses”. English synonyms: thumbs down, don't agree, not for me, against. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Don't know</source>
        <extracomment>Picture card “response-dont-know” in the group “Responses”. English synonyms: no idea, not know, dunno, no clue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Don't know</translation>
    </message>
    <message>
        <source>Idea</source>
        <extracomment>Picture card “response-idea” in the group “Responses”. English synonyms: suggestion, good idea, think of, what if. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Picture card “response-question” in the group “Responses”. English synonyms: ask, asking, query, wondering, questions. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Picture card “response-stop” in the group “Responses”. English synonyms: enough, no more, halt, leave it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Picture card “response-help” in the group “Responses”. English synonyms: help me, support, need help, assistance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <source>My turn</source>
        <extracomment>Picture card “response-my-turn” in the group “Responses”. English synonyms: me next, can I say, I want to say, my go. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>My turn</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Picture card “response-thank-you” in the group “Responses”. English synonyms: thanks, please, grateful, cheers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Well done</source>
        <extracomment>Picture card “response-well-done” in the group “Responses”. English synonyms: clap, applause, good job, brilliant. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Well done</translation>
    </message>
    <message>
        <source>Great</source>
        <extracomment>Picture card “response-great” in the group “Responses”. English synonyms: star, excellent, amazing, the best. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Great</translation>
    </message>
    <message>
        <source>Love</source>
        <extracomment>Picture card “response-love” in the group “Responses”. English synonyms: love it, really like, favourite, lovely, adore. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Love</translation>
    </message>
    <message>
        <source>Hello</source>
        <extracomment>Picture card “response-hello” in the group “Responses”. English synonyms: hi, goodbye, bye, wave, see you. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hello</translation>
    </message>
    <message>
        <source>Sorry</source>
        <extracomment>Picture card “response-sorry” in the group “Responses”. English synonyms: apologise, apology, my fault, forgive. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sorry</translation>
    </message>
    <message>
        <source>Important</source>
        <extracomment>Picture card “response-important” in the group “Responses”. English synonyms: matters, really important, priority, key point. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Important</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>Picture card “response-more” in the group “Responses”. English synonyms: extra, increase, more please, another. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>More</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>Picture card “response-less” in the group “Responses”. English synonyms: fewer, not so much, reduce, smaller. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Less</translation>
    </message>
    <message>
        <source>Break</source>
        <extracomment>Picture card “response-break” in the group “Responses”. English synonyms: rest, pause, cup of tea, time out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Break</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Picture card “people-me” in the group “People”. English synonyms: myself, mine, my own. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Me</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Picture card “people-you” in the group “People”. English synonyms: yourself, your turn, you too. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>You</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>Picture card “topic-family” in the group “People”. English synonyms: relatives, parents, children, home life, next of kin. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Family</translation>
    </message>
    <message>
        <source>Mum</source>
        <extracomment>Picture card “people-mum” in the group “People”. English synonyms: mother, mam, mom, mummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mum</translation>
    </message>
    <message>
        <source>Dad</source>
        <extracomment>Picture card “people-dad” in the group “People”. English synonyms: father, daddy, papa, dads. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dad</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>Picture card “people-partner” in the group “People”. English synonyms: boyfriend, girlfriend, husband, wife, couple. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Friends</source>
        <extracomment>Picture card “topic-friends” in the group “People”. English synonyms: friend, mate, pal, buddy, hug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Friends</translation>
    </message>
    <message>
        <source>Man</source>
        <extracomment>Picture card “people-man” in the group “People”. English synonyms: men, gentleman, male, bloke. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Man</translation>
    </message>
    <message>
        <source>Woman</source>
        <extracomment>Picture card “people-woman” in the group “People”. English synonyms: women, lady, female, ladies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Woman</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Picture card “people-children” in the group “People”. English synonyms: child, kids, kid, young people, son, daughter. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Children</translation>
    </message>
    <message>
        <source>Baby</source>
        <extracomment>Picture card “people-baby” in the group “People”. English synonyms: babies, newborn, infant, little one. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Baby</translation>
    </message>
    <message>
        <source>Older person</source>
        <extracomment>Picture card “people-older-person” in the group “People”. English synonyms: old, elderly, grandparent, nan, grandad. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Older person</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Picture card “people-group” in the group “People”. English synonyms: everyone, team, all of us, together, groups. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Group</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Picture card “people-someone” in the group “People”. English synonyms: somebody, a person, stranger, someone else. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Someone</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Picture card “topic-staff” in the group “People”. English synonyms: worker, name badge, employee, manager, team member. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Carer</source>
        <extracomment>Picture card “topic-carer” in the group “People”. English synonyms: support worker, care worker, personal assistant, helper, PA. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Carer</translation>
    </message>
    <message>
        <source>Doctor</source>
        <extracomment>Picture card “topic-doctor” in the group “People”. English synonyms: doctors, health worker, consultant, medic. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Nurse</source>
        <extracomment>Picture card “topic-nurse” in the group “People”. English synonyms: nurses, district nurse, community nurse, matron. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Social worker</source>
        <extracomment>Picture card “people-social-worker” in the group “People”. English synonyms: social services, case worker, care manager, assessment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Picture card “people-teacher” in the group “People”. English synonyms: tutor, lecturer, trainer, teaching. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Student</source>
        <extracomment>Picture card “people-student” in the group “People”. English synonyms: learner, pupil, graduate, studying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Student</translation>
    </message>
    <message>
        <source>Researcher</source>
        <extracomment>Picture card “people-researcher” in the group “People”. English synonyms: research, scientist, university, study. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Researcher</translation>
    </message>
    <message>
        <source>Cook</source>
        <extracomment>Picture card “people-cook” in the group “People”. English synonyms: chef, kitchen staff, catering, cooks. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cook</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Picture card “people-police” in the group “People”. English synonyms: police officer, policeman, policewoman, PCSO, copper. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Police</translation>
    </message>
    <message>
        <source>Firefighter</source>
        <extracomment>Picture card “people-firefighter” in the group “People”. English synonyms: fireman, fire brigade, fire service, firefighters. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Firefighter</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Picture card “topic-home” in the group “Places”. English synonyms: house, my home, where I live, flat, at home. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Day centre</source>
        <extracomment>Picture card “places-day-centre” in the group “Places”. English synonyms: day service, centre, club, drop-in, resource centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Day centre</translation>
    </message>
    <message>
        <source>Hospital</source>
        <extracomment>Picture card “topic-hospital” in the group “Places”. English synonyms: ward, A and E, clinic, outpatients, hospitals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>GP</source>
        <extracomment>Picture card “places-gp” in the group “Places”. English synonyms: doctor's surgery, surgery, doctor, health centre, family doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>GP</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <extracomment>Picture card “places-pharmacy” in the group “Places”. English synonyms: chemist, chemist's, pharmacist, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>Picture card “places-office” in the group “Places”. English synonyms: offices, building, workplace, reception. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Office</translation>
    </message>
    <message>
        <source>Council</source>
        <extracomment>Picture card “places-council” in the group “Places”. English synonyms: town hall, local authority, government, civic centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Council</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Picture card “places-community” in the group “Places”. English synonyms: neighbourhood, local area, neighbours, estate, local community. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Community</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>Picture card “places-town” in the group “Places”. English synonyms: town centre, city, high street, city centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Town</translation>
    </message>
    <message>
        <source>Park</source>
        <extracomment>Picture card “places-park” in the group “Places”. English synonyms: outside, outdoors, trees, green space, nature. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Park</translation>
    </message>
    <message>
        <source>Shop</source>
        <extracomment>Picture card “places-shop” in the group “Places”. English synonyms: shops, supermarket, corner shop, store. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Cafe</source>
        <extracomment>Picture card “places-cafe” in the group “Places”. English synonyms: coffee shop, canteen, tea room, cafes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cafe</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <extracomment>Picture card “places-restaurant” in the group “Places”. English synonyms: eating out, meal out, dinner out, takeaway. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Pub</source>
        <extracomment>Picture card “places-pub” in the group “Places”. English synonyms: bar, beer garden, social club, drinks out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Picture card “places-library” in the group “Places”. English synonyms: libraries, borrow books, books, reading room. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Library</translation>
    </message>
    <message>
        <source>Cinema</source>
        <extracomment>Picture card “places-cinema” in the group “Places”. English synonyms: films, film, movie, movies, pictures. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cinema</translation>
    </message>
    <message>
        <source>Gym</source>
        <extracomment>Picture card “places-gym” in the group “Places”. English synonyms: fitness, weights, leisure centre, work out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gym</translation>
    </message>
    <message>
        <source>Church</source>
        <extracomment>Picture card “places-church” in the group “Places”. English synonyms: chapel, religion, Christian, service. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Church</translation>
    </message>
    <message>
        <source>Mosque</source>
        <extracomment>Picture card “places-mosque” in the group “Places”. English synonyms: masjid, Muslim, Islam, prayers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mosque</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <extracomment>Picture card “places-worship” in the group “Places”. English synonyms: worship, faith, pray, prayer, temple, synagogue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Place of worship</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>Picture card “places-bank” in the group “Places”. English synonyms: banks, building society, cash machine, cashpoint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Hairdresser</source>
        <extracomment>Picture card “places-hairdresser” in the group “Places”. English synonyms: haircut, barber, hair, salon. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hairdresser</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>Picture card “places-bedroom” in the group “Places”. English synonyms: bed, my room, room, bedrooms. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bedroom</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>Picture card “places-living-room” in the group “Places”. English synonyms: lounge, sitting room, sofa, settee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Living room</translation>
    </message>
    <message>
        <source>Lift</source>
        <extracomment>Picture card “places-lift” in the group “Places”. English synonyms: elevator, lifts, going up, going down. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lift</translation>
    </message>
    <message>
        <source>Stairs</source>
        <extracomment>Picture card “places-stairs” in the group “Places”. English synonyms: steps, staircase, upstairs, downstairs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Stairs</translation>
    </message>
    <message>
        <source>Transport</source>
        <extracomment>Picture card “topic-transport” in the group “Places”. English synonyms: travel, getting there, journey, coach, getting about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Bus</source>
        <extracomment>Picture card “places-bus” in the group “Places”. English synonyms: buses, bus ride, public transport, double decker. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <extracomment>Picture card “places-bus-stop” in the group “Places”. English synonyms: bus station, waiting for the bus, bus shelter, bus timetable. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bus stop</translation>
    </message>
    <message>
        <source>Minibus</source>
        <extracomment>Picture card “places-minibus” in the group “Places”. English synonyms: van, community transport, ring and ride, dial a ride. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Minibus</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Picture card “places-train” in the group “Places”. English synonyms: trains, railway, station, tram. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Train</translation>
    </message>
    <message>
        <source>Taxi</source>
        <extracomment>Picture card “places-taxi” in the group “Places”. English synonyms: cab, taxis, minicab, uber. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Taxi</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Picture card “places-car” in the group “Places”. English synonyms: cars, driving, drive, lift in a car. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Car</translation>
    </message>
    <message>
        <source>Bike</source>
        <extracomment>Picture card “places-bike” in the group “Places”. English synonyms: bicycle, cycling, cycle, ride a bike. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bike</translation>
    </message>
    <message>
        <source>Plane</source>
        <extracomment>Picture card “places-plane” in the group “Places”. English synonyms: aeroplane, flying, flight, airport. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plane</translation>
    </message>
    <message>
        <source>Food</source>
        <extracomment>Picture card “topic-food” in the group “Daily life”. English synonyms: eat, eating, meal, meals, dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Food</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>Picture card “topic-drink” in the group “Daily life”. English synonyms: drinks, drinking, thirsty, cup. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Drink</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <extracomment>Picture card “daily-breakfast” in the group “Daily life”. English synonyms: cereal, porridge, morning meal, brekkie. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Breakfast</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Picture card “daily-lunch” in the group “Daily life”. English synonyms: sandwich, sandwiches, dinner time, packed lunch, midday meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Evening meal</source>
        <extracomment>Picture card “daily-evening-meal” in the group “Daily life”. English synonyms: supper, dinner, hot meal, stew, teatime meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Evening meal</translation>
    </message>
    <message>
        <source>Cooking</source>
        <extracomment>Picture card “daily-cooking” in the group “Daily life”. English synonyms: kitchen, make food, fry, baking, make dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cooking</translation>
    </message>
    <message>
        <source>Fruit</source>
        <extracomment>Picture card “daily-fruit” in the group “Daily life”. English synonyms: apple, apples, banana, orange, five a day. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fruit</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <extracomment>Picture card “daily-vegetables” in the group “Daily life”. English synonyms: veg, veggies, carrot, carrots, greens. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Vegetables</translation>
    </message>
    <message>
        <source>Sweets</source>
        <extracomment>Picture card “daily-sweets” in the group “Daily life”. English synonyms: sweet, chocolate, treats, candy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sweets</translation>
    </message>
    <message>
        <source>Cake</source>
        <extracomment>Picture card “daily-cake” in the group “Daily life”. English synonyms: cakes, biscuits, pudding, dessert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cake</translation>
    </message>
    <message>
        <source>Pizza</source>
        <extracomment>Picture card “daily-pizza” in the group “Daily life”. English synonyms: pizzas, takeaway, fast food, slice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Chips</source>
        <extracomment>Picture card “daily-chips” in the group “Daily life”. English synonyms: fries, fish and chips, chippy, crisps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Chips</translation>
    </message>
    <message>
        <source>Tea</source>
        <extracomment>Picture card “daily-tea” in the group “Daily life”. English synonyms: cuppa, cup of tea, teapot, brew, coffee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tea</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Picture card “daily-water” in the group “Daily life”. English synonyms: glass of water, tap water, thirsty, drink of water. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Water</translation>
    </message>
    <message>
        <source>Juice</source>
        <extracomment>Picture card “daily-juice” in the group “Daily life”. English synonyms: orange juice, squash, fruit juice, pop. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Juice</translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>Picture card “topic-money” in the group “Daily life”. English synonyms: cash, pounds, pay, payment, cost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Money</translation>
    </message>
    <message>
        <source>Bank card</source>
        <extracomment>Picture card “daily-bank-card” in the group “Daily life”. English synonyms: debit card, contactless, credit card, cash card. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Bills</source>
        <extracomment>Picture card “daily-bills” in the group “Daily life”. English synonyms: bill, receipt, rent, council tax, paying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bills</translation>
    </message>
    <message>
        <source>Purse</source>
        <extracomment>Picture card “daily-purse” in the group “Daily life”. English synonyms: wallet, my money, pocket money, spending money. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Purse</translation>
    </message>
    <message>
        <source>Shopping</source>
        <extracomment>Picture card “topic-shopping” in the group “Daily life”. English synonyms: trolley, groceries, buy, buying, go shopping. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Shopping</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>Picture card “topic-work” in the group “Daily life”. English synonyms: job, working, employment, volunteering, paid work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Work</translation>
    </message>
    <message>
        <source>College</source>
        <extracomment>Picture card “topic-college” in the group “Daily life”. English synonyms: school, university, class, course, learning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>College</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Picture card “topic-phone” in the group “Daily life”. English synonyms: mobile, mobile phone, phone call, text, ring. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Computer</source>
        <extracomment>Picture card “daily-computer” in the group “Daily life”. English synonyms: laptop, PC, online, zoom, video call. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>Picture card “daily-tablet” in the group “Daily life”. English synonyms: iPad, tablet computer, screen, device. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Internet</source>
        <extracomment>Picture card “daily-internet” in the group “Daily life”. English synonyms: online, website, web, wifi, Google. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Picture card “daily-email” in the group “Daily life”. English synonyms: emails, e-mail, inbox, message. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Email</translation>
    </message>
    <message>
        <source>Letter</source>
        <extracomment>Picture card “daily-letter” in the group “Daily life”. English synonyms: letters, post, envelope, mail. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>TV</source>
        <extracomment>Picture card “daily-tv” in the group “Daily life”. English synonyms: television, telly, watch TV, programmes, soaps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>TV</translation>
    </message>
    <message>
        <source>Radio</source>
        <extracomment>Picture card “daily-radio” in the group “Daily life”. English synonyms: listen to the radio, podcast, wireless, radio station. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>Picture card “topic-sleep” in the group “Daily life”. English synonyms: sleeping, bed, asleep, nap, go to bed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sleep</translation>
    </message>
    <message>
        <source>Washing</source>
        <extracomment>Picture card “topic-washing” in the group “Daily life”. English synonyms: wash, shower, showering, personal care, clean. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Washing</translation>
    </message>
    <message>
        <source>Bath</source>
        <extracomment>Picture card “daily-bath” in the group “Daily life”. English synonyms: bathroom, bathing, bath time, have a bath. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bath</translation>
    </message>
    <message>
        <source>Brush teeth</source>
        <extracomment>Picture card “daily-brush-teeth” in the group “Daily life”. English synonyms: toothbrush, teeth cleaning, brushing teeth, toothpaste. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Brush teeth</translation>
    </message>
    <message>
        <source>Toilet</source>
        <extracomment>Picture card “topic-toilet” in the group “Daily life”. English synonyms: loo, bathroom, toilets, wee, poo. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Toilet</translation>
    </message>
    <message>
        <source>Clothes</source>
        <extracomment>Picture card “daily-clothes” in the group “Daily life”. English synonyms: clothing, get dressed, dressing, outfit, wear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Clothes</translation>
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Picture card “daily-shoes” in the group “Daily life”. English synonyms: trainers, shoe, footwear, boots. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Shoes</translation>
    </message>
    <message>
        <source>Laundry</source>
        <extracomment>Picture card “daily-laundry” in the group “Daily life”. English synonyms: washing machine, washing clothes, ironing, clean clothes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Laundry</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <extracomment>Picture card “daily-cleaning” in the group “Daily life”. English synonyms: tidy, tidying, housework, hoover, sweep. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Picture card “daily-keys” in the group “Daily life”. English synonyms: key, door key, lock up, house keys. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Activities</source>
        <extracomment>Picture card “topic-activities” in the group “Daily life”. English synonyms: things to do, activity, hobby, hobbies, crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Art</source>
        <extracomment>Picture card “daily-art” in the group “Daily life”. English synonyms: painting, paint, drawing, draw, arts and crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Music</source>
        <extracomment>Picture card “topic-music” in the group “Daily life”. English synonyms: songs, song, listen to music, band, concert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Music</translation>
    </message>
    <message>
        <source>Singing</source>
        <extracomment>Picture card “daily-singing” in the group “Daily life”. English synonyms: sing, karaoke, choir, singer. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Singing</translation>
    </message>
    <message>
        <source>Dancing</source>
        <extracomment>Picture card “daily-dancing” in the group “Daily life”. English synonyms: dance, disco, dancer, party dance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dancing</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Picture card “daily-reading” in the group “Daily life”. English synonyms: read, book, story, magazine. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Writing</source>
        <extracomment>Picture card “daily-writing” in the group “Daily life”. English synonyms: write, writer, handwriting, pen. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Writing</translation>
    </message>
    <message>
        <source>Games</source>
        <extracomment>Picture card “daily-games” in the group “Daily life”. English synonyms: board games, dice, bingo, card games, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Games</translation>
    </message>
    <message>
        <source>Video games</source>
        <extracomment>Picture card “daily-video-games” in the group “Daily life”. English synonyms: computer games, gaming, PlayStation, Xbox, console. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Video games</translation>
    </message>
    <message>
        <source>Puzzles</source>
        <extracomment>Picture card “daily-puzzles” in the group “Daily life”. English synonyms: jigsaw, puzzle, crossword, quiz. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Puzzles</translation>
    </message>
    <message>
        <source>Knitting</source>
        <extracomment>Picture card “daily-knitting” in the group “Daily life”. English synonyms: knit, wool, crochet, sewing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Knitting</translation>
    </message>
    <message>
        <source>Gardening</source>
        <extracomment>Picture card “daily-gardening” in the group “Daily life”. English synonyms: garden, gardener, plants, flowers, allotment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gardening</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Picture card “daily-fishing” in the group “Daily life”. English synonyms: fish, angling, fishing rod, go fishing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fishing</translation>
    </message>
    <message>
        <source>Bowling</source>
        <extracomment>Picture card “daily-bowling” in the group “Daily life”. English synonyms: ten pin bowling, bowls, skittles, bowling alley. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bowling</translation>
    </message>
    <message>
        <source>Pets</source>
        <extracomment>Picture card “daily-pets” in the group “Daily life”. English synonyms: dog, dogs, pet, cat, animals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pets</translation>
    </message>
    <message>
        <source>Sport</source>
        <extracomment>Picture card “topic-sport” in the group “Daily life”. English synonyms: football, sports, match, team sport, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Swimming</source>
        <extracomment>Picture card “daily-swimming” in the group “Daily life”. English synonyms: swim, swimming pool, pool, swimming baths. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Swimming</translation>
    </message>
    <message>
        <source>Walking</source>
        <extracomment>Picture card “daily-walking” in the group “Daily life”. English synonyms: walk, go for a walk, on foot, stroll. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Walking</translation>
    </message>
    <message>
        <source>Exercise</source>
        <extracomment>Picture card “daily-exercise” in the group “Daily life”. English synonyms: running, run, keep fit, jogging, get active. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>Relax</source>
        <extracomment>Picture card “daily-relax” in the group “Daily life”. English synonyms: relaxing, yoga, meditation, chill out, mindfulness. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Relax</translation>
    </message>
    <message>
        <source>Party</source>
        <extracomment>Picture card “daily-party” in the group “Daily life”. English synonyms: parties, celebration, disco night, party time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Party</translation>
    </message>
    <message>
        <source>Birthday</source>
        <extracomment>Picture card “daily-birthday” in the group “Daily life”. English synonyms: birthdays, birthday cake, my birthday, happy birthday. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Christmas</source>
        <extracomment>Picture card “daily-christmas” in the group “Daily life”. English synonyms: Xmas, festive, Christmas tree, holidays. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Christmas</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Picture card “daily-present” in the group “Daily life”. English synonyms: gift, presents, gifts, wrapped present. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Present</translation>
    </message>
    <message>
        <source>Day out</source>
        <extracomment>Picture card “daily-day-out” in the group “Daily life”. English synonyms: trip, excursion, day trip, going out, days out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Day out</translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Picture card “topic-holiday” in the group “Daily life”. English synonyms: holidays, beach, seaside, going away, vacation. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Picture card “topic-health” in the group “Health”. English synonyms: healthy, check-up, health check, stethoscope, wellbeing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Health</translation>
    </message>
    <message>
        <source>Medicines</source>
        <extracomment>Picture card “topic-medicines” in the group “Health”. English synonyms: medicine, tablets, pills, meds, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Medicines</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>Picture card “health-appointment” in the group “Health”. English synonyms: appointments, booking, check-up, clinic appointment, see the doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Mental health</source>
        <extracomment>Picture card “health-mental-health” in the group “Health”. English synonyms: mind, mental wellbeing, anxiety, depression, feelings. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Headache</source>
        <extracomment>Picture card “health-headache” in the group “Health”. English synonyms: head hurts, migraine, sore head, head pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Headache</translation>
    </message>
    <message>
        <source>Earache</source>
        <extracomment>Picture card “health-earache” in the group “Health”. English synonyms: ear pain, sore ear, ear infection, ear hurts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Earache</translation>
    </message>
    <message>
        <source>Broken bone</source>
        <extracomment>Picture card “health-broken-bone” in the group “Health”. English synonyms: broken leg, broken arm, fracture, plaster cast. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Broken bone</translation>
    </message>
    <message>
        <source>Teeth</source>
        <extracomment>Picture card “health-teeth” in the group “Health”. English synonyms: tooth, dentist, toothache, dental. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Teeth</translation>
    </message>
    <message>
        <source>Heart</source>
        <extracomment>Picture card “health-heart” in the group “Health”. English synonyms: heart problem, heartbeat, blood pressure, chest pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Heart</translation>
    </message>
    <message>
        <source>Breathing</source>
        <extracomment>Picture card “health-breathing” in the group “Health”. English synonyms: lungs, breath, asthma, short of breath, chest. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Breathing</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>Picture card “health-temperature” in the group “Health”. English synonyms: thermometer, fever, high temperature, hot and cold. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Cough</source>
        <extracomment>Picture card “health-cough” in the group “Health”. English synonyms: coughing, covid, chesty, sore throat. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cough</translation>
    </message>
    <message>
        <source>Sneezing</source>
        <extracomment>Picture card “health-sneezing” in the group “Health”. English synonyms: sneeze, runny nose, flu, hay fever, tissue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sneezing</translation>
    </message>
    <message>
        <source>Being sick</source>
        <extracomment>Picture card “health-being-sick” in the group “Health”. English synonyms: vomit, vomiting, throw up, throwing up, sick bug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Being sick</translation>
    </message>
    <message>
        <source>Face mask</source>
        <extracomment>Picture card “health-mask” in the group “Health”. English synonyms: mask, masks, infection, germs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Face mask</translation>
    </message>
    <message>
        <source>Wash hands</source>
        <extracomment>Picture card “health-wash-hands” in the group “Health”. English synonyms: hand washing, hygiene, soap, clean hands. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wash hands</translation>
    </message>
    <message>
        <source>Injection</source>
        <extracomment>Picture card “health-injection” in the group “Health”. English synonyms: jab, vaccine, needle, vaccination, flu jab. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Blood test</source>
        <extracomment>Picture card “health-blood-test” in the group “Health”. English synonyms: blood, blood sample, bleeding, blood tests. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Blood test</translation>
    </message>
    <message>
        <source>Plaster</source>
        <extracomment>Picture card “health-plaster” in the group “Health”. English synonyms: plasters, cut, wound, bandage, graze. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plaster</translation>
    </message>
    <message>
        <source>X-ray</source>
        <extracomment>Picture card “health-x-ray” in the group “Health”. English synonyms: x-rays, scan, MRI, radiology. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>X-ray</translation>
    </message>
    <message>
        <source>Weight</source>
        <extracomment>Picture card “health-weight” in the group “Health”. English synonyms: weigh, scales, weigh in, lose weight, BMI. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Healthy eating</source>
        <extracomment>Picture card “health-healthy-eating” in the group “Health”. English synonyms: salad, healthy food, diet, good food. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Healthy eating</translation>
    </message>
    <message>
        <source>Smoking</source>
        <extracomment>Picture card “health-smoking” in the group “Health”. English synonyms: smoke, cigarette, cigarettes, vaping, stop smoking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Smoking</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <extracomment>Picture card “health-alcohol” in the group “Health”. English synonyms: beer, wine, drinking alcohol, booze, lager. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <extracomment>Picture card “health-pregnant” in the group “Health”. English synonyms: pregnancy, expecting, having a baby, bump. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <extracomment>Picture card “health-ambulance” in the group “Health”. English synonyms: paramedic, 999, paramedics, blue lights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ambulance</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <extracomment>Picture card “topic-wheelchair” in the group “Health”. English synonyms: wheelchair user, wheelchairs, mobility, push chair. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Mobility scooter</source>
        <extracomment>Picture card “health-mobility-scooter” in the group “Health”. English synonyms: scooter, powered wheelchair, electric wheelchair, buggy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mobility scooter</translation>
    </message>
    <message>
        <source>Crutches</source>
        <extracomment>Picture card “health-crutches” in the group “Health”. English synonyms: crutch, walking aid, walking stick, walking frame. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Crutches</translation>
    </message>
    <message>
        <source>Hearing</source>
        <extracomment>Picture card “topic-hearing” in the group “Health”. English synonyms: hearing aid, ears, hard of hearing, hear, hearing loss. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Deaf</source>
        <extracomment>Picture card “health-deaf” in the group “Health”. English synonyms: deafness, can't hear, sign language, BSL, deaf person. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Deaf</translation>
    </message>
    <message>
        <source>Seeing</source>
        <extracomment>Picture card “topic-seeing” in the group “Health”. English synonyms: sight, eyes, eye, vision, eyesight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Seeing</translation>
    </message>
    <message>
        <source>Glasses</source>
        <extracomment>Picture card “health-glasses” in the group “Health”. English synonyms: spectacles, opticians, reading glasses, eye test. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Glasses</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Picture card “health-blind” in the group “Health”. English synonyms: sight loss, visually impaired, white cane, can't see, partially sighted. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Guide dog</source>
        <extracomment>Picture card “health-guide-dog” in the group “Health”. English synonyms: assistance dog, guide dogs, dog, helper dog. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Guide dog</translation>
    </message>
    <message>
        <source>Choice</source>
        <extracomment>Picture card “rights-choice” in the group “Rights and safety”. English synonyms: choose, choices, decide, decision, options. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Say no</source>
        <extracomment>Picture card “rights-say-no” in the group “Rights and safety”. English synonyms: refuse, no thank you, don't want, consent, my choice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Say no</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Picture card “rights-rights” in the group “Rights and safety”. English synonyms: my rights, fair, law, justice, human rights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Picture card “rights-equal” in the group “Rights and safety”. English synonyms: equality, equals, treated the same, equal rights, fair share. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Equal</translation>
    </message>
    <message>
        <source>Speak up</source>
        <extracomment>Picture card “rights-speak-up” in the group “Rights and safety”. English synonyms: speak out, advocacy, advocate, have your say, self-advocacy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Speak up</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>Picture card “rights-complaint” in the group “Rights and safety”. English synonyms: complain, complaints, not happy, make a complaint, moan. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Picture card “rights-information” in the group “Rights and safety”. English synonyms: info, find out, easy read, leaflet, tell me. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>Picture card “rights-private” in the group “Rights and safety”. English synonyms: privacy, secret, confidential, locked, personal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Private</translation>
    </message>
    <message>
        <source>Safe</source>
        <extracomment>Picture card “topic-safety” in the group “Rights and safety”. English synonyms: safety, feel safe, protected, keep safe, safeguarding. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Not safe</source>
        <extracomment>Picture card “rights-unsafe” in the group “Rights and safety”. English synonyms: unsafe, danger, dangerous, risk, warning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Not safe</translation>
    </message>
    <message>
        <source>Hitting</source>
        <extracomment>Picture card “rights-hitting” in the group “Rights and safety”. English synonyms: hit, punch, violence, hurt me, abuse, bullying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hitting</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <extracomment>Picture card “rights-not-allowed” in the group “Rights and safety”. English synonyms: forbidden, banned, no entry, rule, must not. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>Picture card “rights-emergency” in the group “Rights and safety”. English synonyms: urgent, call 999, alarm, siren. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>Picture card “rights-fire” in the group “Rights and safety”. English synonyms: fire alarm, burning, smoke alarm, flames. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Fire exit</source>
        <extracomment>Picture card “rights-fire-exit” in the group “Rights and safety”. English synonyms: emergency exit, way out, exit, escape. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fire exit</translation>
    </message>
    <message>
        <source>Accessible</source>
        <extracomment>Picture card “rights-accessible” in the group “Rights and safety”. English synonyms: access, disabled access, accessibility, ramp, blue badge. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Picture card “topic-time” in the group “Time”. English synonyms: clock, what time, o'clock, hour, timing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Picture card “topic-calendar” in the group “Time”. English synonyms: date, diary, month, dates, planner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Picture card “time-today” in the group “Time”. English synonyms: this day, tonight, right now. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Picture card “time-tomorrow” in the group “Time”. English synonyms: next day, the day after, tomorrow morning, tomorrow night. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Picture card “time-yesterday” in the group “Time”. English synonyms: the day before, last night, before, last time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>Picture card “time-morning” in the group “Time”. English synonyms: mornings, early, sunrise, first thing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <extracomment>Picture card “time-afternoon” in the group “Time”. English synonyms: afternoons, midday, daytime, after lunch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Evening</source>
        <extracomment>Picture card “time-evening” in the group “Time”. English synonyms: evenings, teatime, sunset, after tea. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Picture card “time-night” in the group “Time”. English synonyms: nights, night time, dark, bedtime, overnight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Night</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Picture card “time-week” in the group “Time”. English synonyms: weeks, weekly, this week, next week, weekend. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Week</translation>
    </message>
    <message>
        <source>Soon</source>
        <extracomment>Picture card “time-soon” in the group “Time”. English synonyms: later, not yet, in a bit, shortly, future. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Wait</source>
        <extracomment>Picture card “time-wait” in the group “Time”. English synonyms: waiting, hold on, hang on, waiting time, queue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wait</translation>
    </message>
    <message>
        <source>Wake up</source>
        <extracomment>Picture card “time-wake-up” in the group “Time”. English synonyms: alarm, alarm clock, get up, getting up. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wake up</translation>
    </message>
    <message>
        <source>Spring</source>
        <extracomment>Picture card “time-spring” in the group “Time”. English synonyms: springtime, flowers, Easter, March. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Spring</translation>
    </message>
    <message>
        <source>Summer</source>
        <extracomment>Picture card “time-summer” in the group “Time”. English synonyms: summertime, sunshine, ice cream, hot weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Summer</translation>
    </message>
    <message>
        <source>Autumn</source>
        <extracomment>Picture card “time-autumn” in the group “Time”. English synonyms: fall, leaves, autumn leaves, October. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Autumn</translation>
    </message>
    <message>
        <source>Winter</source>
        <extracomment>Picture card “time-winter” in the group “Time”. English synonyms: snow, snowman, cold weather, wintertime. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Winter</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Picture card “meeting-start” in the group “Meeting”. English synonyms: begin, let's go, play, starting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Picture card “meeting-finish” in the group “Meeting”. English synonyms: finished, end, done, all done, the end. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Talk</source>
        <extracomment>Picture card “meeting-talk” in the group “Meeting”. English synonyms: speak, tell, talking, speaking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Picture card “meeting-listen” in the group “Meeting”. English synonyms: hear, listening, pay attention, ear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Look</source>
        <extracomment>Picture card “meeting-look” in the group “Meeting”. English synonyms: watch, looking, show me, have a look. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Look</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>Picture card “meeting-think” in the group “Meeting”. English synonyms: thinking, remember, memory, thought, forget. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Think</translation>
    </message>
    <message>
        <source>Discuss</source>
        <extracomment>Picture card “meeting-discuss” in the group “Meeting”. English synonyms: discussion, chat, conversation, talk about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Work together</source>
        <extracomment>Picture card “meeting-work-together” in the group “Meeting”. English synonyms: teamwork, partnership, co-production, handshake, deal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Work together</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Picture card “meeting-vote” in the group “Meeting”. English synonyms: voting, ballot, election, decide together. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>Picture card “meeting-results” in the group “Meeting”. English synonyms: chart, scores, count, outcome. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Results</translation>
    </message>
    <message>
        <source>Hand up</source>
        <extracomment>Picture card “meeting-hand-up” in the group “Meeting”. English synonyms: raise your hand, put your hand up, wait please, hand. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hand up</translation>
    </message>
    <message>
        <source>Quiet please</source>
        <extracomment>Picture card “meeting-quiet” in the group “Meeting”. English synonyms: quiet, shh, too noisy, noise, be quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Quiet please</translation>
    </message>
    <message>
        <source>Louder</source>
        <extracomment>Picture card “meeting-louder” in the group “Meeting”. English synonyms: can't hear, speak up please, volume up, too quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Louder</translation>
    </message>
    <message>
        <source>Slow down</source>
        <extracomment>Picture card “meeting-slow-down” in the group “Meeting”. English synonyms: slower, too fast, slowly, take your time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Slow down</translation>
    </message>
    <message>
        <source>Say again</source>
        <extracomment>Picture card “meeting-say-again” in the group “Meeting”. English synonyms: repeat, pardon, what did you say, one more time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Say again</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Picture card “meeting-change” in the group “Meeting”. English synonyms: swap, different, changes, do it differently. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Picture card “meeting-next” in the group “Meeting”. English synonyms: move on, next one, forward, carry on. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Next</translation>
    </message>
    <message>
        <source>Go back</source>
        <extracomment>Picture card “meeting-back” in the group “Meeting”. English synonyms: backwards, previous, last one, return. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Plan</source>
        <extracomment>Picture card “meeting-plan” in the group “Meeting”. English synonyms: agenda, list, plans, what's happening. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Write it down</source>
        <extracomment>Picture card “meeting-write” in the group “Meeting”. English synonyms: notes, write down, minutes, take notes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Write it down</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Picture card “meeting-rules” in the group “Meeting”. English synonyms: ground rules, agreement, rule, how we work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Photos</source>
        <extracomment>Picture card “meeting-photos” in the group “Meeting”. English synonyms: photo, photograph, camera, picture, take a picture. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>Picture card “meeting-video” in the group “Meeting”. English synonyms: film, filming, recording, video camera. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Video</translation>
    </message>
    <message>
        <source>Award</source>
        <extracomment>Picture card “meeting-award” in the group “Meeting”. English synonyms: certificate, medal, prize, thank you award. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Award</translation>
    </message>
    <message>
        <source>Celebrate</source>
        <extracomment>Picture card “meeting-celebrate” in the group “Meeting”. English synonyms: hooray, yay, we did it, success. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Celebrate</translation>
    </message>
    <message>
        <source>Sit down</source>
        <extracomment>Picture card “meeting-sit-down” in the group “Meeting”. English synonyms: sit, chair, seat, sitting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sit down</translation>
    </message>
    <message>
        <source>Stand up</source>
        <extracomment>Picture card “meeting-stand-up” in the group “Meeting”. English synonyms: stand, standing, get up, stretch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Stand up</translation>
    </message>
</context>
<context>
    <name>CardSynonyms</name>
    <message>
        <source>brilliant | excellent | really good | fantastic | very happy</source>
        <extracomment>Other words people use for the card “Very good” (feeling-very-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>brilliant | excellent | really good | fantastic | very happy</translation>
    </message>
    <message>
        <source>fine | all right | nice | like it</source>
        <extracomment>Other words people use for the card “Good” (feeling-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fine | all right | nice | like it</translation>
    </message>
    <message>
        <source>ok | so-so | in between | not bad | average</source>
        <extracomment>Other words people use for the card “Okay” (feeling-okay), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ok | so-so | in between | not bad | average</translation>
    </message>
    <message>
        <source>bad | not nice | unhappy | don't like | disappointed</source>
        <extracomment>Other words people use for the card “Not good” (feeling-not-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bad | not nice | unhappy | don't like | disappointed</translation>
    </message>
    <message>
        <source>awful | terrible | really bad | horrible | hate it</source>
        <extracomment>Other words people use for the card “Very bad” (feeling-very-bad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>awful | terrible | really bad | horrible | hate it</translation>
    </message>
    <message>
        <source>unsure | maybe | don't mind | thinking about it</source>
        <extracomment>Other words people use for the card “Not sure” (feeling-not-sure), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>unsure | maybe | don't mind | thinking about it</translation>
    </message>
    <message>
        <source>rather not say | pass | skip | no comment | keep it to myself</source>
        <extracomment>Other words people use for the card “Don't want to say” (response-dont-want-to-say), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rather not say | pass | skip | no comment | keep it to myself</translation>
    </message>
    <message>
        <source>glad | pleased | cheerful | smile | joy</source>
        <extracomment>Other words people use for the card “Happy” (feeling-happy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>glad | pleased | cheerful | smile | joy</translation>
    </message>
    <message>
        <source>unhappy | down | crying | tearful | low</source>
        <extracomment>Other words people use for the card “Sad” (feeling-sad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>unhappy | down | crying | tearful | low</translation>
    </message>
    <message>
        <source>cross | mad | furious | annoyed | livid</source>
        <extracomment>Other words people use for the card “Angry” (feeling-angry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cross | mad | furious | annoyed | livid</translation>
    </message>
    <message>
        <source>frightened | afraid | fear | terrified</source>
        <extracomment>Other words people use for the card “Scared” (feeling-scared), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>frightened | afraid | fear | terrified</translation>
    </message>
    <message>
        <source>anxious | worry | concerned | nervous about | anxiety</source>
        <extracomment>Other words people use for the card “Worried” (response-worried), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>anxious | worry | concerned | nervous about | anxiety</translation>
    </message>
    <message>
        <source>relaxed | peaceful | chilled | settled</source>
        <extracomment>Other words people use for the card “Calm” (feeling-calm), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>relaxed | peaceful | chilled | settled</translation>
    </message>
    <message>
        <source>can't wait | thrilled | amazed | looking forward</source>
        <extracomment>Other words people use for the card “Excited” (feeling-excited), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>can't wait | thrilled | amazed | looking forward</translation>
    </message>
    <message>
        <source>laugh | laughing | joke | hilarious</source>
        <extracomment>Other words people use for the card “Funny” (feeling-funny), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>laugh | laughing | joke | hilarious</translation>
    </message>
    <message>
        <source>cared for | appreciated | special | cared about</source>
        <extracomment>Other words people use for the card “Loved” (feeling-loved), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cared for | appreciated | special | cared about</translation>
    </message>
    <message>
        <source>shocked | wow | amazed | unexpected</source>
        <extracomment>Other words people use for the card “Surprised” (feeling-surprised), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>shocked | wow | amazed | unexpected</translation>
    </message>
    <message>
        <source>don't understand | muddled | puzzled | lost</source>
        <extracomment>Other words people use for the card “Confused” (feeling-confused), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>don't understand | muddled | puzzled | lost</translation>
    </message>
    <message>
        <source>boring | nothing to do | dull | same old</source>
        <extracomment>Other words people use for the card “Bored” (feeling-bored), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>boring | nothing to do | dull | same old</translation>
    </message>
    <message>
        <source>sick of it | had enough | annoyed | not again</source>
        <extracomment>Other words people use for the card “Fed up” (feeling-fed-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sick of it | had enough | annoyed | not again</translation>
    </message>
    <message>
        <source>shy | awkward | ashamed | red face</source>
        <extracomment>Other words people use for the card “Embarrassed” (feeling-embarrassed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>shy | awkward | ashamed | red face</translation>
    </message>
    <message>
        <source>irritated | wound up | stuck | can't do it</source>
        <extracomment>Other words people use for the card “Frustrated” (feeling-frustrated), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>irritated | wound up | stuck | can't do it</translation>
    </message>
    <message>
        <source>alone | on my own | isolated | miss people | no one to talk to</source>
        <extracomment>Other words people use for the card “Lonely” (feeling-lonely), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>alone | on my own | isolated | miss people | no one to talk to</translation>
    </message>
    <message>
        <source>on edge | tense | jittery | butterflies</source>
        <extracomment>Other words people use for the card “Nervous” (feeling-nervous), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>on edge | tense | jittery | butterflies</translation>
    </message>
    <message>
        <source>very sad | crying | in tears | distressed | hurt</source>
        <extracomment>Other words people use for the card “Upset” (feeling-upset), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>very sad | crying | in tears | distressed | hurt</translation>
    </message>
    <message>
        <source>stress | under pressure | overwhelmed | too much</source>
        <extracomment>Other words people use for the card “Stressed” (feeling-stressed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stress | under pressure | overwhelmed | too much</translation>
    </message>
    <message>
        <source>broken heart | grief | bereaved | loss | miss someone</source>
        <extracomment>Other words people use for the card “Heartbroken” (feeling-heartbroken), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>broken heart | grief | bereaved | loss | miss someone</translation>
    </message>
    <message>
        <source>sleepy | worn out | exhausted | yawn</source>
        <extracomment>Other words people use for the card “Tired” (feeling-tired), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sleepy | worn out | exhausted | yawn</translation>
    </message>
    <message>
        <source>hurt | hurts | ache | sore | painful | injury</source>
        <extracomment>Other words people use for the card “Pain” (feeling-pain), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hurt | hurts | ache | sore | painful | injury</translation>
    </message>
    <message>
        <source>poorly | unwell | sick | not well | under the weather</source>
        <extracomment>Other words people use for the card “Ill” (feeling-ill), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>poorly | unwell | sick | not well | under the weather</translation>
    </message>
    <message>
        <source>nausea | queasy | sick feeling | upset stomach</source>
        <extracomment>Other words people use for the card “Feel sick” (feeling-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nausea | queasy | sick feeling | upset stomach</translation>
    </message>
    <message>
        <source>light-headed | woozy | wobbly | faint</source>
        <extracomment>Other words people use for the card “Dizzy” (feeling-dizzy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>light-headed | woozy | wobbly | faint</translation>
    </message>
    <message>
        <source>starving | peckish | want food | yummy</source>
        <extracomment>Other words people use for the card “Hungry” (feeling-hungry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>starving | peckish | want food | yummy</translation>
    </message>
    <message>
        <source>too hot | warm | sweaty | boiling</source>
        <extracomment>Other words people use for the card “Hot” (feeling-hot), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>too hot | warm | sweaty | boiling</translation>
    </message>
    <message>
        <source>too cold | chilly | freezing | shivering</source>
        <extracomment>Other words people use for the card “Cold” (feeling-cold), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>too cold | chilly | freezing | shivering</translation>
    </message>
    <message>
        <source>yeah | yep | correct | yes please</source>
        <extracomment>Other words people use for the card “Yes” (response-yes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>yeah | yep | correct | yes please</translation>
    </message>
    <message>
        <source>nope | wrong | not right | incorrect</source>
        <extracomment>Other words people use for the card “No” (response-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nope | wrong | not right | incorrect</translation>
    </message>
    <message>
        <source>thumbs up | me too | I agree | yes to that | for it</source>
        <extracomment>Other words people use for the card “Agree” (response-agree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>thumbs up | me too | I agree | yes to that | for it</translation>
    </message>
    <message>
        <source>thumbs down | don't agree | not for me | against</source>
        <extracomment>Other words people use for the card “Disagree” (response-disagree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>thumbs down | don't agree | not for me | against</translation>
    </message>
    <message>
        <source>no idea | not know | dunno | no clue</source>
        <extracomment>Other words people use for the card “Don't know” (response-dont-know), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>no idea | not know | dunno | no clue</translation>
    </message>
    <message>
        <source>suggestion | good idea | think of | what if</source>
        <extracomment>Other words people use for the card “Idea” (response-idea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>suggestion | good idea | think of | what if</translation>
    </message>
    <message>
        <source>ask | asking | query | wondering | questions</source>
        <extracomment>Other words people use for the card “Question” (response-question), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ask | asking | query | wondering | questions</translation>
    </message>
    <message>
        <source>enough | no more | halt | leave it</source>
        <extracomment>Other words people use for the card “Stop” (response-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>enough | no more | halt | leave it</translation>
    </message>
    <message>
        <source>help me | support | need help | assistance</source>
        <extracomment>Other words people use for the card “Help” (response-help), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>help me | support | need help | assistance</translation>
    </message>
    <message>
        <source>me next | can I say | I want to say | my go</source>
        <extracomment>Other words people use for the card “My turn” (response-my-turn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>me next | can I say | I want to say | my go</translation>
    </message>
    <message>
        <source>thanks | please | grateful | cheers</source>
        <extracomment>Other words people use for the card “Thank you” (response-thank-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>thanks | please | grateful | cheers</translation>
    </message>
    <message>
        <source>clap | applause | good job | brilliant</source>
        <extracomment>Other words people use for the card “Well done” (response-well-done), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>clap | applause | good job | brilliant</translation>
    </message>
    <message>
        <source>star | excellent | amazing | the best</source>
        <extracomment>Other words people use for the card “Great” (response-great), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>star | excellent | amazing | the best</translation>
    </message>
    <message>
        <source>love it | really like | favourite | lovely | adore</source>
        <extracomment>Other words people use for the card “Love” (response-love), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>love it | really like | favourite | lovely | adore</translation>
    </message>
    <message>
        <source>hi | goodbye | bye | wave | see you</source>
        <extracomment>Other words people use for the card “Hello” (response-hello), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hi | goodbye | bye | wave | see you</translation>
    </message>
    <message>
        <source>apologise | apology | my fault | forgive</source>
        <extracomment>Other words people use for the card “Sorry” (response-sorry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>apologise | apology | my fault | forgive</translation>
    </message>
    <message>
        <source>matters | really important | priority | key point</source>
        <extracomment>Other words people use for the card “Important” (response-important), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>matters | really important | priority | key point</translation>
    </message>
    <message>
        <source>extra | increase | more please | another</source>
        <extracomment>Other words people use for the card “More” (response-more), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>extra | increase | more please | another</translation>
    </message>
    <message>
        <source>fewer | not so much | reduce | smaller</source>
        <extracomment>Other words people use for the card “Less” (response-less), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fewer | not so much | reduce | smaller</translation>
    </message>
    <message>
        <source>rest | pause | cup of tea | time out</source>
        <extracomment>Other words people use for the card “Break” (response-break), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rest | pause | cup of tea | time out</translation>
    </message>
    <message>
        <source>myself | mine | my own</source>
        <extracomment>Other words people use for the card “Me” (people-me), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>myself | mine | my own</translation>
    </message>
    <message>
        <source>yourself | your turn | you too</source>
        <extracomment>Other words people use for the card “You” (people-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>yourself | your turn | you too</translation>
    </message>
    <message>
        <source>relatives | parents | children | home life | next of kin</source>
        <extracomment>Other words people use for the card “Family” (topic-family), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>relatives | parents | children | home life | next of kin</translation>
    </message>
    <message>
        <source>mother | mam | mom | mummy</source>
        <extracomment>Other words people use for the card “Mum” (people-mum), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mother | mam | mom | mummy</translation>
    </message>
    <message>
        <source>father | daddy | papa | dads</source>
        <extracomment>Other words people use for the card “Dad” (people-dad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>father | daddy | papa | dads</translation>
    </message>
    <message>
        <source>boyfriend | girlfriend | husband | wife | couple</source>
        <extracomment>Other words people use for the card “Partner” (people-partner), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>boyfriend | girlfriend | husband | wife | couple</translation>
    </message>
    <message>
        <source>friend | mate | pal | buddy | hug</source>
        <extracomment>Other words people use for the card “Friends” (topic-friends), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>friend | mate | pal | buddy | hug</translation>
    </message>
    <message>
        <source>men | gentleman | male | bloke</source>
        <extracomment>Other words people use for the card “Man” (people-man), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>men | gentleman | male | bloke</translation>
    </message>
    <message>
        <source>women | lady | female | ladies</source>
        <extracomment>Other words people use for the card “Woman” (people-woman), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>women | lady | female | ladies</translation>
    </message>
    <message>
        <source>child | kids | kid | young people | son | daughter</source>
        <extracomment>Other words people use for the card “Children” (people-children), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>child | kids | kid | young people | son | daughter</translation>
    </message>
    <message>
        <source>babies | newborn | infant | little one</source>
        <extracomment>Other words people use for the card “Baby” (people-baby), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>babies | newborn | infant | little one</translation>
    </message>
    <message>
        <source>old | elderly | grandparent | nan | grandad</source>
        <extracomment>Other words people use for the card “Older person” (people-older-person), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>old | elderly | grandparent | nan | grandad</translation>
    </message>
    <message>
        <source>everyone | team | all of us | together | groups</source>
        <extracomment>Other words people use for the card “Group” (people-group), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>everyone | team | all of us | together | groups</translation>
    </message>
    <message>
        <source>somebody | a person | stranger | someone else</source>
        <extracomment>Other words people use for the card “Someone” (people-someone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>somebody | a person | stranger | someone else</translation>
    </message>
    <message>
        <source>worker | name badge | employee | manager | team member</source>
        <extracomment>Other words people use for the card “Staff” (topic-staff), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>worker | name badge | employee | manager | team member</translation>
    </message>
    <message>
        <source>support worker | care worker | personal assistant | helper | PA</source>
        <extracomment>Other words people use for the card “Carer” (topic-carer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>support worker | care worker | personal assistant | helper | PA</translation>
    </message>
    <message>
        <source>doctors | health worker | consultant | medic</source>
        <extracomment>Other words people use for the card “Doctor” (topic-doctor), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>doctors | health worker | consultant | medic</translation>
    </message>
    <message>
        <source>nurses | district nurse | community nurse | matron</source>
        <extracomment>Other words people use for the card “Nurse” (topic-nurse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nurses | district nurse | community nurse | matron</translation>
    </message>
    <message>
        <source>social services | case worker | care manager | assessment</source>
        <extracomment>Other words people use for the card “Social worker” (people-social-worker), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>social services | case worker | care manager | assessment</translation>
    </message>
    <message>
        <source>tutor | lecturer | trainer | teaching</source>
        <extracomment>Other words people use for the card “Teacher” (people-teacher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tutor | lecturer | trainer | teaching</translation>
    </message>
    <message>
        <source>learner | pupil | graduate | studying</source>
        <extracomment>Other words people use for the card “Student” (people-student), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>learner | pupil | graduate | studying</translation>
    </message>
    <message>
        <source>research | scientist | university | study</source>
        <extracomment>Other words people use for the card “Researcher” (people-researcher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>research | scientist | university | study</translation>
    </message>
    <message>
        <source>chef | kitchen staff | catering | cooks</source>
        <extracomment>Other words people use for the card “Cook” (people-cook), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chef | kitchen staff | catering | cooks</translation>
    </message>
    <message>
        <source>police officer | policeman | policewoman | PCSO | copper</source>
        <extracomment>Other words people use for the card “Police” (people-police), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>police officer | policeman | policewoman | PCSO | copper</translation>
    </message>
    <message>
        <source>fireman | fire brigade | fire service | firefighters</source>
        <extracomment>Other words people use for the card “Firefighter” (people-firefighter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fireman | fire brigade | fire service | firefighters</translation>
    </message>
    <message>
        <source>house | my home | where I live | flat | at home</source>
        <extracomment>Other words people use for the card “Home” (topic-home), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>house | my home | where I live | flat | at home</translation>
    </message>
    <message>
        <source>day service | centre | club | drop-in | resource centre</source>
        <extracomment>Other words people use for the card “Day centre” (places-day-centre), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>day service | centre | club | drop-in | resource centre</translation>
    </message>
    <message>
        <source>ward | A and E | clinic | outpatients | hospitals</source>
        <extracomment>Other words people use for the card “Hospital” (topic-hospital), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ward | A and E | clinic | outpatients | hospitals</translation>
    </message>
    <message>
        <source>doctor's surgery | surgery | doctor | health centre | family doctor</source>
        <extracomment>Other words people use for the card “GP” (places-gp), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>doctor's surgery | surgery | doctor | health centre | family doctor</translation>
    </message>
    <message>
        <source>chemist | chemist's | pharmacist | prescription</source>
        <extracomment>Other words people use for the card “Pharmacy” (places-pharmacy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chemist | chemist's | pharmacist | prescription</translation>
    </message>
    <message>
        <source>offices | building | workplace | reception</source>
        <extracomment>Other words people use for the card “Office” (places-office), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>offices | building | workplace | reception</translation>
    </message>
    <message>
        <source>town hall | local authority | government | civic centre</source>
        <extracomment>Other words people use for the card “Council” (places-council), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>town hall | local authority | government | civic centre</translation>
    </message>
    <message>
        <source>neighbourhood | local area | neighbours | estate | local community</source>
        <extracomment>Other words people use for the card “Community” (places-community), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>neighbourhood | local area | neighbours | estate | local community</translation>
    </message>
    <message>
        <source>town centre | city | high street | city centre</source>
        <extracomment>Other words people use for the card “Town” (places-town), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>town centre | city | high street | city centre</translation>
    </message>
    <message>
        <source>outside | outdoors | trees | green space | nature</source>
        <extracomment>Other words people use for the card “Park” (places-park), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>outside | outdoors | trees | green space | nature</translation>
    </message>
    <message>
        <source>shops | supermarket | corner shop | store</source>
        <extracomment>Other words people use for the card “Shop” (places-shop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>shops | supermarket | corner shop | store</translation>
    </message>
    <message>
        <source>coffee shop | canteen | tea room | cafes</source>
        <extracomment>Other words people use for the card “Cafe” (places-cafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>coffee shop | canteen | tea room | cafes</translation>
    </message>
    <message>
        <source>eating out | meal out | dinner out | takeaway</source>
        <extracomment>Other words people use for the card “Restaurant” (places-restaurant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>eating out | meal out | dinner out | takeaway</translation>
    </message>
    <message>
        <source>bar | beer garden | social club | drinks out</source>
        <extracomment>Other words people use for the card “Pub” (places-pub), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bar | beer garden | social club | drinks out</translation>
    </message>
    <message>
        <source>libraries | borrow books | books | reading room</source>
        <extracomment>Other words people use for the card “Library” (places-library), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>libraries | borrow books | books | reading room</translation>
    </message>
    <message>
        <source>films | film | movie | movies | pictures</source>
        <extracomment>Other words people use for the card “Cinema” (places-cinema), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>films | film | movie | movies | pictures</translation>
    </message>
    <message>
        <source>fitness | weights | leisure centre | work out</source>
        <extracomment>Other words people use for the card “Gym” (places-gym), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fitness | weights | leisure centre | work out</translation>
    </message>
    <message>
        <source>chapel | religion | Christian | service</source>
        <extracomment>Other words people use for the card “Church” (places-church), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chapel | religion | Christian | service</translation>
    </message>
    <message>
        <source>masjid | Muslim | Islam | prayers</source>
        <extracomment>Other words people use for the card “Mosque” (places-mosque), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>masjid | Muslim | Islam | prayers</translation>
    </message>
    <message>
        <source>worship | faith | pray | prayer | temple | synagogue</source>
        <extracomment>Other words people use for the card “Place of worship” (places-worship), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>worship | faith | pray | prayer | temple | synagogue</translation>
    </message>
    <message>
        <source>banks | building society | cash machine | cashpoint</source>
        <extracomment>Other words people use for the card “Bank” (places-bank), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>banks | building society | cash machine | cashpoint</translation>
    </message>
    <message>
        <source>haircut | barber | hair | salon</source>
        <extracomment>Other words people use for the card “Hairdresser” (places-hairdresser), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>haircut | barber | hair | salon</translation>
    </message>
    <message>
        <source>bed | my room | room | bedrooms</source>
        <extracomment>Other words people use for the card “Bedroom” (places-bedroom), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bed | my room | room | bedrooms</translation>
    </message>
    <message>
        <source>lounge | sitting room | sofa | settee</source>
        <extracomment>Other words people use for the card “Living room” (places-living-room), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>lounge | sitting room | sofa | settee</translation>
    </message>
    <message>
        <source>elevator | lifts | going up | going down</source>
        <extracomment>Other words people use for the card “Lift” (places-lift), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>elevator | lifts | going up | going down</translation>
    </message>
    <message>
        <source>steps | staircase | upstairs | downstairs</source>
        <extracomment>Other words people use for the card “Stairs” (places-stairs), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>steps | staircase | upstairs | downstairs</translation>
    </message>
    <message>
        <source>travel | getting there | journey | coach | getting about</source>
        <extracomment>Other words people use for the card “Transport” (topic-transport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>travel | getting there | journey | coach | getting about</translation>
    </message>
    <message>
        <source>buses | bus ride | public transport | double decker</source>
        <extracomment>Other words people use for the card “Bus” (places-bus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>buses | bus ride | public transport | double decker</translation>
    </message>
    <message>
        <source>bus station | waiting for the bus | bus shelter | bus timetable</source>
        <extracomment>Other words people use for the card “Bus stop” (places-bus-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bus station | waiting for the bus | bus shelter | bus timetable</translation>
    </message>
    <message>
        <source>van | community transport | ring and ride | dial a ride</source>
        <extracomment>Other words people use for the card “Minibus” (places-minibus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>van | community transport | ring and ride | dial a ride</translation>
    </message>
    <message>
        <source>trains | railway | station | tram</source>
        <extracomment>Other words people use for the card “Train” (places-train), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trains | railway | station | tram</translation>
    </message>
    <message>
        <source>cab | taxis | minicab | uber</source>
        <extracomment>Other words people use for the card “Taxi” (places-taxi), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cab | taxis | minicab | uber</translation>
    </message>
    <message>
        <source>cars | driving | drive | lift in a car</source>
        <extracomment>Other words people use for the card “Car” (places-car), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cars | driving | drive | lift in a car</translation>
    </message>
    <message>
        <source>bicycle | cycling | cycle | ride a bike</source>
        <extracomment>Other words people use for the card “Bike” (places-bike), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bicycle | cycling | cycle | ride a bike</translation>
    </message>
    <message>
        <source>aeroplane | flying | flight | airport</source>
        <extracomment>Other words people use for the card “Plane” (places-plane), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>aeroplane | flying | flight | airport</translation>
    </message>
    <message>
        <source>eat | eating | meal | meals | dinner</source>
        <extracomment>Other words people use for the card “Food” (topic-food), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>eat | eating | meal | meals | dinner</translation>
    </message>
    <message>
        <source>drinks | drinking | thirsty | cup</source>
        <extracomment>Other words people use for the card “Drink” (topic-drink), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>drinks | drinking | thirsty | cup</translation>
    </message>
    <message>
        <source>cereal | porridge | morning meal | brekkie</source>
        <extracomment>Other words people use for the card “Breakfast” (daily-breakfast), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cereal | porridge | morning meal | brekkie</translation>
    </message>
    <message>
        <source>sandwich | sandwiches | dinner time | packed lunch | midday meal</source>
        <extracomment>Other words people use for the card “Lunch” (daily-lunch), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sandwich | sandwiches | dinner time | packed lunch | midday meal</translation>
    </message>
    <message>
        <source>supper | dinner | hot meal | stew | teatime meal</source>
        <extracomment>Other words people use for the card “Evening meal” (daily-evening-meal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>supper | dinner | hot meal | stew | teatime meal</translation>
    </message>
    <message>
        <source>kitchen | make food | fry | baking | make dinner</source>
        <extracomment>Other words people use for the card “Cooking” (daily-cooking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kitchen | make food | fry | baking | make dinner</translation>
    </message>
    <message>
        <source>apple | apples | banana | orange | five a day</source>
        <extracomment>Other words people use for the card “Fruit” (daily-fruit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>apple | apples | banana | orange | five a day</translation>
    </message>
    <message>
        <source>veg | veggies | carrot | carrots | greens</source>
        <extracomment>Other words people use for the card “Vegetables” (daily-vegetables), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>veg | veggies | carrot | carrots | greens</translation>
    </message>
    <message>
        <source>sweet | chocolate | treats | candy</source>
        <extracomment>Other words people use for the card “Sweets” (daily-sweets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sweet | chocolate | treats | candy</translation>
    </message>
    <message>
        <source>cakes | biscuits | pudding | dessert</source>
        <extracomment>Other words people use for the card “Cake” (daily-cake), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cakes | biscuits | pudding | dessert</translation>
    </message>
    <message>
        <source>pizzas | takeaway | fast food | slice</source>
        <extracomment>Other words people use for the card “Pizza” (daily-pizza), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pizzas | takeaway | fast food | slice</translation>
    </message>
    <message>
        <source>fries | fish and chips | chippy | crisps</source>
        <extracomment>Other words people use for the card “Chips” (daily-chips), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fries | fish and chips | chippy | crisps</translation>
    </message>
    <message>
        <source>cuppa | cup of tea | teapot | brew | coffee</source>
        <extracomment>Other words people use for the card “Tea” (daily-tea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cuppa | cup of tea | teapot | brew | coffee</translation>
    </message>
    <message>
        <source>glass of water | tap water | thirsty | drink of water</source>
        <extracomment>Other words people use for the card “Water” (daily-water), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>glass of water | tap water | thirsty | drink of water</translation>
    </message>
    <message>
        <source>orange juice | squash | fruit juice | pop</source>
        <extracomment>Other words people use for the card “Juice” (daily-juice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>orange juice | squash | fruit juice | pop</translation>
    </message>
    <message>
        <source>cash | pounds | pay | payment | cost</source>
        <extracomment>Other words people use for the card “Money” (topic-money), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cash | pounds | pay | payment | cost</translation>
    </message>
    <message>
        <source>debit card | contactless | credit card | cash card</source>
        <extracomment>Other words people use for the card “Bank card” (daily-bank-card), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>debit card | contactless | credit card | cash card</translation>
    </message>
    <message>
        <source>bill | receipt | rent | council tax | paying</source>
        <extracomment>Other words people use for the card “Bills” (daily-bills), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bill | receipt | rent | council tax | paying</translation>
    </message>
    <message>
        <source>wallet | my money | pocket money | spending money</source>
        <extracomment>Other words people use for the card “Purse” (daily-purse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wallet | my money | pocket money | spending money</translation>
    </message>
    <message>
        <source>trolley | groceries | buy | buying | go shopping</source>
        <extracomment>Other words people use for the card “Shopping” (topic-shopping), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trolley | groceries | buy | buying | go shopping</translation>
    </message>
    <message>
        <source>job | working | employment | volunteering | paid work</source>
        <extracomment>Other words people use for the card “Work” (topic-work), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>job | working | employment | volunteering | paid work</translation>
    </message>
    <message>
        <source>school | university | class | course | learning</source>
        <extracomment>Other words people use for the card “College” (topic-college), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>school | university | class | course | learning</translation>
    </message>
    <message>
        <source>mobile | mobile phone | phone call | text | ring</source>
        <extracomment>Other words people use for the card “Phone” (topic-phone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mobile | mobile phone | phone call | text | ring</translation>
    </message>
    <message>
        <source>laptop | PC | online | zoom | video call</source>
        <extracomment>Other words people use for the card “Computer” (daily-computer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>laptop | PC | online | zoom | video call</translation>
    </message>
    <message>
        <source>iPad | tablet computer | screen | device</source>
        <extracomment>Other words people use for the card “Tablet” (daily-tablet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>iPad | tablet computer | screen | device</translation>
    </message>
    <message>
        <source>online | website | web | wifi | Google</source>
        <extracomment>Other words people use for the card “Internet” (daily-internet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>online | website | web | wifi | Google</translation>
    </message>
    <message>
        <source>emails | e-mail | inbox | message</source>
        <extracomment>Other words people use for the card “Email” (daily-email), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>emails | e-mail | inbox | message</translation>
    </message>
    <message>
        <source>letters | post | envelope | mail</source>
        <extracomment>Other words people use for the card “Letter” (daily-letter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>letters | post | envelope | mail</translation>
    </message>
    <message>
        <source>television | telly | watch TV | programmes | soaps</source>
        <extracomment>Other words people use for the card “TV” (daily-tv), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>television | telly | watch TV | programmes | soaps</translation>
    </message>
    <message>
        <source>listen to the radio | podcast | wireless | radio station</source>
        <extracomment>Other words people use for the card “Radio” (daily-radio), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>listen to the radio | podcast | wireless | radio station</translation>
    </message>
    <message>
        <source>sleeping | bed | asleep | nap | go to bed</source>
        <extracomment>Other words people use for the card “Sleep” (topic-sleep), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sleeping | bed | asleep | nap | go to bed</translation>
    </message>
    <message>
        <source>wash | shower | showering | personal care | clean</source>
        <extracomment>Other words people use for the card “Washing” (topic-washing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wash | shower | showering | personal care | clean</translation>
    </message>
    <message>
        <source>bathroom | bathing | bath time | have a bath</source>
        <extracomment>Other words people use for the card “Bath” (daily-bath), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bathroom | bathing | bath time | have a bath</translation>
    </message>
    <message>
        <source>toothbrush | teeth cleaning | brushing teeth | toothpaste</source>
        <extracomment>Other words people use for the card “Brush teeth” (daily-brush-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>toothbrush | teeth cleaning | brushing teeth | toothpaste</translation>
    </message>
    <message>
        <source>loo | bathroom | toilets | wee | poo</source>
        <extracomment>Other words people use for the card “Toilet” (topic-toilet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>loo | bathroom | toilets | wee | poo</translation>
    </message>
    <message>
        <source>clothing | get dressed | dressing | outfit | wear</source>
        <extracomment>Other words people use for the card “Clothes” (daily-clothes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>clothing | get dressed | dressing | outfit | wear</translation>
    </message>
    <message>
        <source>trainers | shoe | footwear | boots</source>
        <extracomment>Other words people use for the card “Shoes” (daily-shoes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trainers | shoe | footwear | boots</translation>
    </message>
    <message>
        <source>washing machine | washing clothes | ironing | clean clothes</source>
        <extracomment>Other words people use for the card “Laundry” (daily-laundry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>washing machine | washing clothes | ironing | clean clothes</translation>
    </message>
    <message>
        <source>tidy | tidying | housework | hoover | sweep</source>
        <extracomment>Other words people use for the card “Cleaning” (daily-cleaning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tidy | tidying | housework | hoover | sweep</translation>
    </message>
    <message>
        <source>key | door key | lock up | house keys</source>
        <extracomment>Other words people use for the card “Keys” (daily-keys), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>key | door key | lock up | house keys</translation>
    </message>
    <message>
        <source>things to do | activity | hobby | hobbies | crafts</source>
        <extracomment>Other words people use for the card “Activities” (topic-activities), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>things to do | activity | hobby | hobbies | crafts</translation>
    </message>
    <message>
        <source>painting | paint | drawing | draw | arts and crafts</source>
        <extracomment>Other words people use for the card “Art” (daily-art), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>painting | paint | drawing | draw | arts and crafts</translation>
    </message>
    <message>
        <source>songs | song | listen to music | band | concert</source>
        <extracomment>Other words people use for the card “Music” (topic-music), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>songs | song | listen to music | band | concert</translation>
    </message>
    <message>
        <source>sing | karaoke | choir | singer</source>
        <extracomment>Other words people use for the card “Singing” (daily-singing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sing | karaoke | choir | singer</translation>
    </message>
    <message>
        <source>dance | disco | dancer | party dance</source>
        <extracomment>Other words people use for the card “Dancing” (daily-dancing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dance | disco | dancer | party dance</translation>
    </message>
    <message>
        <source>read | book | story | magazine</source>
        <extracomment>Other words people use for the card “Reading” (daily-reading), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>read | book | story | magazine</translation>
    </message>
    <message>
        <source>write | writer | handwriting | pen</source>
        <extracomment>Other words people use for the card “Writing” (daily-writing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>write | writer | handwriting | pen</translation>
    </message>
    <message>
        <source>board games | dice | bingo | card games | game</source>
        <extracomment>Other words people use for the card “Games” (daily-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>board games | dice | bingo | card games | game</translation>
    </message>
    <message>
        <source>computer games | gaming | PlayStation | Xbox | console</source>
        <extracomment>Other words people use for the card “Video games” (daily-video-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>computer games | gaming | PlayStation | Xbox | console</translation>
    </message>
    <message>
        <source>jigsaw | puzzle | crossword | quiz</source>
        <extracomment>Other words people use for the card “Puzzles” (daily-puzzles), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>jigsaw | puzzle | crossword | quiz</translation>
    </message>
    <message>
        <source>knit | wool | crochet | sewing</source>
        <extracomment>Other words people use for the card “Knitting” (daily-knitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>knit | wool | crochet | sewing</translation>
    </message>
    <message>
        <source>garden | gardener | plants | flowers | allotment</source>
        <extracomment>Other words people use for the card “Gardening” (daily-gardening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>garden | gardener | plants | flowers | allotment</translation>
    </message>
    <message>
        <source>fish | angling | fishing rod | go fishing</source>
        <extracomment>Other words people use for the card “Fishing” (daily-fishing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fish | angling | fishing rod | go fishing</translation>
    </message>
    <message>
        <source>ten pin bowling | bowls | skittles | bowling alley</source>
        <extracomment>Other words people use for the card “Bowling” (daily-bowling), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ten pin bowling | bowls | skittles | bowling alley</translation>
    </message>
    <message>
        <source>dog | dogs | pet | cat | animals</source>
        <extracomment>Other words people use for the card “Pets” (daily-pets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dog | dogs | pet | cat | animals</translation>
    </message>
    <message>
        <source>football | sports | match | team sport | game</source>
        <extracomment>Other words people use for the card “Sport” (topic-sport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>football | sports | match | team sport | game</translation>
    </message>
    <message>
        <source>swim | swimming pool | pool | swimming baths</source>
        <extracomment>Other words people use for the card “Swimming” (daily-swimming), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>swim | swimming pool | pool | swimming baths</translation>
    </message>
    <message>
        <source>walk | go for a walk | on foot | stroll</source>
        <extracomment>Other words people use for the card “Walking” (daily-walking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>walk | go for a walk | on foot | stroll</translation>
    </message>
    <message>
        <source>running | run | keep fit | jogging | get active</source>
        <extracomment>Other words people use for the card “Exercise” (daily-exercise), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>running | run | keep fit | jogging | get active</translation>
    </message>
    <message>
        <source>relaxing | yoga | meditation | chill out | mindfulness</source>
        <extracomment>Other words people use for the card “Relax” (daily-relax), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>relaxing | yoga | meditation | chill out | mindfulness</translation>
    </message>
    <message>
        <source>parties | celebration | disco night | party time</source>
        <extracomment>Other words people use for the card “Party” (daily-party), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>parties | celebration | disco night | party time</translation>
    </message>
    <message>
        <source>birthdays | birthday cake | my birthday | happy birthday</source>
        <extracomment>Other words people use for the card “Birthday” (daily-birthday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>birthdays | birthday cake | my birthday | happy birthday</translation>
    </message>
    <message>
        <source>Xmas | festive | Christmas tree | holidays</source>
        <extracomment>Other words people use for the card “Christmas” (daily-christmas), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>Xmas | festive | Christmas tree | holidays</translation>
    </message>
    <message>
        <source>gift | presents | gifts | wrapped present</source>
        <extracomment>Other words people use for the card “Present” (daily-present), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gift | presents | gifts | wrapped present</translation>
    </message>
    <message>
        <source>trip | excursion | day trip | going out | days out</source>
        <extracomment>Other words people use for the card “Day out” (daily-day-out), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trip | excursion | day trip | going out | days out</translation>
    </message>
    <message>
        <source>holidays | beach | seaside | going away | vacation</source>
        <extracomment>Other words people use for the card “Holiday” (topic-holiday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>holidays | beach | seaside | going away | vacation</translation>
    </message>
    <message>
        <source>healthy | check-up | health check | stethoscope | wellbeing</source>
        <extracomment>Other words people use for the card “Health” (topic-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>healthy | check-up | health check | stethoscope | wellbeing</translation>
    </message>
    <message>
        <source>medicine | tablets | pills | meds | prescription</source>
        <extracomment>Other words people use for the card “Medicines” (topic-medicines), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>medicine | tablets | pills | meds | prescription</translation>
    </message>
    <message>
        <source>appointments | booking | check-up | clinic appointment | see the doctor</source>
        <extracomment>Other words people use for the card “Appointment” (health-appointment), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>appointments | booking | check-up | clinic appointment | see the doctor</translation>
    </message>
    <message>
        <source>mind | mental wellbeing | anxiety | depression | feelings</source>
        <extracomment>Other words people use for the card “Mental health” (health-mental-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mind | mental wellbeing | anxiety | depression | feelings</translation>
    </message>
    <message>
        <source>head hurts | migraine | sore head | head pain</source>
        <extracomment>Other words people use for the card “Headache” (health-headache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>head hurts | migraine | sore head | head pain</translation>
    </message>
    <message>
        <source>ear pain | sore ear | ear infection | ear hurts</source>
        <extracomment>Other words people use for the card “Earache” (health-earache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ear pain | sore ear | ear infection | ear hurts</translation>
    </message>
    <message>
        <source>broken leg | broken arm | fracture | plaster cast</source>
        <extracomment>Other words people use for the card “Broken bone” (health-broken-bone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>broken leg | broken arm | fracture | plaster cast</translation>
    </message>
    <message>
        <source>tooth | dentist | toothache | dental</source>
        <extracomment>Other words people use for the card “Teeth” (health-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tooth | dentist | toothache | dental</translation>
    </message>
    <message>
        <source>heart problem | heartbeat | blood pressure | chest pain</source>
        <extracomment>Other words people use for the card “Heart” (health-heart), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>heart problem | heartbeat | blood pressure | chest pain</translation>
    </message>
    <message>
        <source>lungs | breath | asthma | short of breath | chest</source>
        <extracomment>Other words people use for the card “Breathing” (health-breathing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>lungs | breath | asthma | short of breath | chest</translation>
    </message>
    <message>
        <source>thermometer | fever | high temperature | hot and cold</source>
        <extracomment>Other words people use for the card “Temperature” (health-temperature), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>thermometer | fever | high temperature | hot and cold</translation>
    </message>
    <message>
        <source>coughing | covid | chesty | sore throat</source>
        <extracomment>Other words people use for the card “Cough” (health-cough), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>coughing | covid | chesty | sore throat</translation>
    </message>
    <message>
        <source>sneeze | runny nose | flu | hay fever | tissue</source>
        <extracomment>Other words people use for the card “Sneezing” (health-sneezing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sneeze | runny nose | flu | hay fever | tissue</translation>
    </message>
    <message>
        <source>vomit | vomiting | throw up | throwing up | sick bug</source>
        <extracomment>Other words people use for the card “Being sick” (health-being-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>vomit | vomiting | throw up | throwing up | sick bug</translation>
    </message>
    <message>
        <source>mask | masks | infection | germs</source>
        <extracomment>Other words people use for the card “Face mask” (health-mask), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mask | masks | infection | germs</translation>
    </message>
    <message>
        <source>hand washing | hygiene | soap | clean hands</source>
        <extracomment>Other words people use for the card “Wash hands” (health-wash-hands), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hand washing | hygiene | soap | clean hands</translation>
    </message>
    <message>
        <source>jab | vaccine | needle | vaccination | flu jab</source>
        <extracomment>Other words people use for the card “Injection” (health-injection), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>jab | vaccine | needle | vaccination | flu jab</translation>
    </message>
    <message>
        <source>blood | blood sample | bleeding | blood tests</source>
        <extracomment>Other words people use for the card “Blood test” (health-blood-test), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>blood | blood sample | bleeding | blood tests</translation>
    </message>
    <message>
        <source>plasters | cut | wound | bandage | graze</source>
        <extracomment>Other words people use for the card “Plaster” (health-plaster), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>plasters | cut | wound | bandage | graze</translation>
    </message>
    <message>
        <source>x-rays | scan | MRI | radiology</source>
        <extracomment>Other words people use for the card “X-ray” (health-x-ray), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>x-rays | scan | MRI | radiology</translation>
    </message>
    <message>
        <source>weigh | scales | weigh in | lose weight | BMI</source>
        <extracomment>Other words people use for the card “Weight” (health-weight), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>weigh | scales | weigh in | lose weight | BMI</translation>
    </message>
    <message>
        <source>salad | healthy food | diet | good food</source>
        <extracomment>Other words people use for the card “Healthy eating” (health-healthy-eating), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>salad | healthy food | diet | good food</translation>
    </message>
    <message>
        <source>smoke | cigarette | cigarettes | vaping | stop smoking</source>
        <extracomment>Other words people use for the card “Smoking” (health-smoking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>smoke | cigarette | cigarettes | vaping | stop smoking</translation>
    </message>
    <message>
        <source>beer | wine | drinking alcohol | booze | lager</source>
        <extracomment>Other words people use for the card “Alcohol” (health-alcohol), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>beer | wine | drinking alcohol | booze | lager</translation>
    </message>
    <message>
        <source>pregnancy | expecting | having a baby | bump</source>
        <extracomment>Other words people use for the card “Pregnant” (health-pregnant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pregnancy | expecting | having a baby | bump</translation>
    </message>
    <message>
        <source>paramedic | 999 | paramedics | blue lights</source>
        <extracomment>Other words people use for the card “Ambulance” (health-ambulance), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>paramedic | 999 | paramedics | blue lights</translation>
    </message>
    <message>
        <source>wheelchair user | wheelchairs | mobility | push chair</source>
        <extracomment>Other words people use for the card “Wheelchair” (topic-wheelchair), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wheelchair user | wheelchairs | mobility | push chair</translation>
    </message>
    <message>
        <source>scooter | powered wheelchair | electric wheelchair | buggy</source>
        <extracomment>Other words people use for the card “Mobility scooter” (health-mobility-scooter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>scooter | powered wheelchair | electric wheelchair | buggy</translation>
    </message>
    <message>
        <source>crutch | walking aid | walking stick | walking frame</source>
        <extracomment>Other words people use for the card “Crutches” (health-crutches), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>crutch | walking aid | walking stick | walking frame</translation>
    </message>
    <message>
        <source>hearing aid | ears | hard of hearing | hear | hearing loss</source>
        <extracomment>Other words people use for the card “Hearing” (topic-hearing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hearing aid | ears | hard of hearing | hear | hearing loss</translation>
    </message>
    <message>
        <source>deafness | can't hear | sign language | BSL | deaf person</source>
        <extracomment>Other words people use for the card “Deaf” (health-deaf), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>deafness | can't hear | sign language | BSL | deaf person</translation>
    </message>
    <message>
        <source>sight | eyes | eye | vision | eyesight</source>
        <extracomment>Other words people use for the card “Seeing” (topic-seeing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sight | eyes | eye | vision | eyesight</translation>
    </message>
    <message>
        <source>spectacles | opticians | reading glasses | eye test</source>
        <extracomment>Other words people use for the card “Glasses” (health-glasses), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>spectacles | opticians | reading glasses | eye test</translation>
    </message>
    <message>
        <source>sight loss | visually impaired | white cane | can't see | partially sighted</source>
        <extracomment>Other words people use for the card “Blind” (health-blind), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sight loss | visually impaired | white cane | can't see | partially sighted</translation>
    </message>
    <message>
        <source>assistance dog | guide dogs | dog | helper dog</source>
        <extracomment>Other words people use for the card “Guide dog” (health-guide-dog), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>assistance dog | guide dogs | dog | helper dog</translation>
    </message>
    <message>
        <source>choose | choices | decide | decision | options</source>
        <extracomment>Other words people use for the card “Choice” (rights-choice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>choose | choices | decide | decision | options</translation>
    </message>
    <message>
        <source>refuse | no thank you | don't want | consent | my choice</source>
        <extracomment>Other words people use for the card “Say no” (rights-say-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>refuse | no thank you | don't want | consent | my choice</translation>
    </message>
    <message>
        <source>my rights | fair | law | justice | human rights</source>
        <extracomment>Other words people use for the card “Rights” (rights-rights), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>my rights | fair | law | justice | human rights</translation>
    </message>
    <message>
        <source>equality | equals | treated the same | equal rights | fair share</source>
        <extracomment>Other words people use for the card “Equal” (rights-equal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>equality | equals | treated the same | equal rights | fair share</translation>
    </message>
    <message>
        <source>speak out | advocacy | advocate | have your say | self-advocacy</source>
        <extracomment>Other words people use for the card “Speak up” (rights-speak-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>speak out | advocacy | advocate | have your say | self-advocacy</translation>
    </message>
    <message>
        <source>complain | complaints | not happy | make a complaint | moan</source>
        <extracomment>Other words people use for the card “Complaint” (rights-complaint), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>complain | complaints | not happy | make a complaint | moan</translation>
    </message>
    <message>
        <source>info | find out | easy read | leaflet | tell me</source>
        <extracomment>Other words people use for the card “Information” (rights-information), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>info | find out | easy read | leaflet | tell me</translation>
    </message>
    <message>
        <source>privacy | secret | confidential | locked | personal</source>
        <extracomment>Other words people use for the card “Private” (rights-private), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>privacy | secret | confidential | locked | personal</translation>
    </message>
    <message>
        <source>safety | feel safe | protected | keep safe | safeguarding</source>
        <extracomment>Other words people use for the card “Safe” (topic-safety), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>safety | feel safe | protected | keep safe | safeguarding</translation>
    </message>
    <message>
        <source>unsafe | danger | dangerous | risk | warning</source>
        <extracomment>Other words people use for the card “Not safe” (rights-unsafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>unsafe | danger | dangerous | risk | warning</translation>
    </message>
    <message>
        <source>hit | punch | violence | hurt me | abuse | bullying</source>
        <extracomment>Other words people use for the card “Hitting” (rights-hitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hit | punch | violence | hurt me | abuse | bullying</translation>
    </message>
    <message>
        <source>forbidden | banned | no entry | rule | must not</source>
        <extracomment>Other words people use for the card “Not allowed” (rights-not-allowed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>forbidden | banned | no entry | rule | must not</translation>
    </message>
    <message>
        <source>urgent | call 999 | alarm | siren</source>
        <extracomment>Other words people use for the card “Emergency” (rights-emergency), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>urgent | call 999 | alarm | siren</translation>
    </message>
    <message>
        <source>fire alarm | burning | smoke alarm | flames</source>
        <extracomment>Other words people use for the card “Fire” (rights-fire), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fire alarm | burning | smoke alarm | flames</translation>
    </message>
    <message>
        <source>emergency exit | way out | exit | escape</source>
        <extracomment>Other words people use for the card “Fire exit” (rights-fire-exit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>emergency exit | way out | exit | escape</translation>
    </message>
    <message>
        <source>access | disabled access | accessibility | ramp | blue badge</source>
        <extracomment>Other words people use for the card “Accessible” (rights-accessible), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>access | disabled access | accessibility | ramp | blue badge</translation>
    </message>
    <message>
        <source>clock | what time | o'clock | hour | timing</source>
        <extracomment>Other words people use for the card “Time” (topic-time), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>clock | what time | o'clock | hour | timing</translation>
    </message>
    <message>
        <source>date | diary | month | dates | planner</source>
        <extracomment>Other words people use for the card “Calendar” (topic-calendar), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>date | diary | month | dates | planner</translation>
    </message>
    <message>
        <source>this day | tonight | right now</source>
        <extracomment>Other words people use for the card “Today” (time-today), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>this day | tonight | right now</translation>
    </message>
    <message>
        <source>next day | the day after | tomorrow morning | tomorrow night</source>
        <extracomment>Other words people use for the card “Tomorrow” (time-tomorrow), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>next day | the day after | tomorrow morning | tomorrow night</translation>
    </message>
    <message>
        <source>the day before | last night | before | last time</source>
        <extracomment>Other words people use for the card “Yesterday” (time-yesterday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>the day before | last night | before | last time</translation>
    </message>
    <message>
        <source>mornings | early | sunrise | first thing</source>
        <extracomment>Other words people use for the card “Morning” (time-morning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mornings | early | sunrise | first thing</translation>
    </message>
    <message>
        <source>afternoons | midday | daytime | after lunch</source>
        <extracomment>Other words people use for the card “Afternoon” (time-afternoon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>afternoons | midday | daytime | after lunch</translation>
    </message>
    <message>
        <source>evenings | teatime | sunset | after tea</source>
        <extracomment>Other words people use for the card “Evening” (time-evening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>evenings | teatime | sunset | after tea</translation>
    </message>
    <message>
        <source>nights | night time | dark | bedtime | overnight</source>
        <extracomment>Other words people use for the card “Night” (time-night), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nights | night time | dark | bedtime | overnight</translation>
    </message>
    <message>
        <source>weeks | weekly | this week | next week | weekend</source>
        <extracomment>Other words people use for the card “Week” (time-week), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>weeks | weekly | this week | next week | weekend</translation>
    </message>
    <message>
        <source>later | not yet | in a bit | shortly | future</source>
        <extracomment>Other words people use for the card “Soon” (time-soon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>later | not yet | in a bit | shortly | future</translation>
    </message>
    <message>
        <source>waiting | hold on | hang on | waiting time | queue</source>
        <extracomment>Other words people use for the card “Wait” (time-wait), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>waiting | hold on | hang on | waiting time | queue</translation>
    </message>
    <message>
        <source>alarm | alarm clock | get up | getting up</source>
        <extracomment>Other words people use for the card “Wake up” (time-wake-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>alarm | alarm clock | get up | getting up</translation>
    </message>
    <message>
        <source>springtime | flowers | Easter | March</source>
        <extracomment>Other words people use for the card “Spring” (time-spring), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>springtime | flowers | Easter | March</translation>
    </message>
    <message>
        <source>summertime | sunshine | ice cream | hot weather</source>
        <extracomment>Other words people use for the card “Summer” (time-summer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>summertime | sunshine | ice cream | hot weather</translation>
    </message>
    <message>
        <source>fall | leaves | autumn leaves | October</source>
        <extracomment>Other words people use for the card “Autumn” (time-autumn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fall | leaves | autumn leaves | October</translation>
    </message>
    <message>
        <source>snow | snowman | cold weather | wintertime</source>
        <extracomment>Other words people use for the card “Winter” (time-winter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>snow | snowman | cold weather | wintertime</translation>
    </message>
    <message>
        <source>begin | let's go | play | starting</source>
        <extracomment>Other words people use for the card “Start” (meeting-start), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>begin | let's go | play | starting</translation>
    </message>
    <message>
        <source>finished | end | done | all done | the end</source>
        <extracomment>Other words people use for the card “Finish” (meeting-finish), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>finished | end | done | all done | the end</translation>
    </message>
    <message>
        <source>speak | tell | talking | speaking</source>
        <extracomment>Other words people use for the card “Talk” (meeting-talk), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>speak | tell | talking | speaking</translation>
    </message>
    <message>
        <source>hear | listening | pay attention | ear</source>
        <extracomment>Other words people use for the card “Listen” (meeting-listen), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hear | listening | pay attention | ear</translation>
    </message>
    <message>
        <source>watch | looking | show me | have a look</source>
        <extracomment>Other words people use for the card “Look” (meeting-look), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>watch | looking | show me | have a look</translation>
    </message>
    <message>
        <source>thinking | remember | memory | thought | forget</source>
        <extracomment>Other words people use for the card “Think” (meeting-think), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>thinking | remember | memory | thought | forget</translation>
    </message>
    <message>
        <source>discussion | chat | conversation | talk about</source>
        <extracomment>Other words people use for the card “Discuss” (meeting-discuss), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>discussion | chat | conversation | talk about</translation>
    </message>
    <message>
        <source>teamwork | partnership | co-production | handshake | deal</source>
        <extracomment>Other words people use for the card “Work together” (meeting-work-together), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>teamwork | partnership | co-production | handshake | deal</translation>
    </message>
    <message>
        <source>voting | ballot | election | decide together</source>
        <extracomment>Other words people use for the card “Vote” (meeting-vote), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>voting | ballot | election | decide together</translation>
    </message>
    <message>
        <source>chart | scores | count | outcome</source>
        <extracomment>Other words people use for the card “Results” (meeting-results), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chart | scores | count | outcome</translation>
    </message>
    <message>
        <source>raise your hand | put your hand up | wait please | hand</source>
        <extracomment>Other words people use for the card “Hand up” (meeting-hand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>raise your hand | put your hand up | wait please | hand</translation>
    </message>
    <message>
        <source>quiet | shh | too noisy | noise | be quiet</source>
        <extracomment>Other words people use for the card “Quiet please” (meeting-quiet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>quiet | shh | too noisy | noise | be quiet</translation>
    </message>
    <message>
        <source>can't hear | speak up please | volume up | too quiet</source>
        <extracomment>Other words people use for the card “Louder” (meeting-louder), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>can't hear | speak up please | volume up | too quiet</translation>
    </message>
    <message>
        <source>slower | too fast | slowly | take your time</source>
        <extracomment>Other words people use for the card “Slow down” (meeting-slow-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>slower | too fast | slowly | take your time</translation>
    </message>
    <message>
        <source>repeat | pardon | what did you say | one more time</source>
        <extracomment>Other words people use for the card “Say again” (meeting-say-again), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>repeat | pardon | what did you say | one more time</translation>
    </message>
    <message>
        <source>swap | different | changes | do it differently</source>
        <extracomment>Other words people use for the card “Change” (meeting-change), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>swap | different | changes | do it differently</translation>
    </message>
    <message>
        <source>move on | next one | forward | carry on</source>
        <extracomment>Other words people use for the card “Next” (meeting-next), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>move on | next one | forward | carry on</translation>
    </message>
    <message>
        <source>backwards | previous | last one | return</source>
        <extracomment>Other words people use for the card “Go back” (meeting-back), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>backwards | previous | last one | return</translation>
    </message>
    <message>
        <source>agenda | list | plans | what's happening</source>
        <extracomment>Other words people use for the card “Plan” (meeting-plan), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>agenda | list | plans | what's happening</translation>
    </message>
    <message>
        <source>notes | write down | minutes | take notes</source>
        <extracomment>Other words people use for the card “Write it down” (meeting-write), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>notes | write down | minutes | take notes</translation>
    </message>
    <message>
        <source>ground rules | agreement | rule | how we work</source>
        <extracomment>Other words people use for the card “Rules” (meeting-rules), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ground rules | agreement | rule | how we work</translation>
    </message>
    <message>
        <source>photo | photograph | camera | picture | take a picture</source>
        <extracomment>Other words people use for the card “Photos” (meeting-photos), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>photo | photograph | camera | picture | take a picture</translation>
    </message>
    <message>
        <source>film | filming | recording | video camera</source>
        <extracomment>Other words people use for the card “Video” (meeting-video), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>film | filming | recording | video camera</translation>
    </message>
    <message>
        <source>certificate | medal | prize | thank you award</source>
        <extracomment>Other words people use for the card “Award” (meeting-award), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>certificate | medal | prize | thank you award</translation>
    </message>
    <message>
        <source>hooray | yay | we did it | success</source>
        <extracomment>Other words people use for the card “Celebrate” (meeting-celebrate), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hooray | yay | we did it | success</translation>
    </message>
    <message>
        <source>sit | chair | seat | sitting</source>
        <extracomment>Other words people use for the card “Sit down” (meeting-sit-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sit | chair | seat | sitting</translation>
    </message>
    <message>
        <source>stand | standing | get up | stretch</source>
        <extracomment>Other words people use for the card “Stand up” (meeting-stand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stand | standing | get up | stretch</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Feelings</source>
        <extracomment>The name of a group of picture cards (“feelings”).</extracomment>
        <translation>Feelings</translation>
    </message>
    <message>
        <source>Responses</source>
        <extracomment>The name of a group of picture cards (“responses”).</extracomment>
        <translation>Responses</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The name of a group of picture cards (“people”).</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <source>Places</source>
        <extracomment>The name of a group of picture cards (“places”).</extracomment>
        <translation>Places</translation>
    </message>
    <message>
        <source>Daily life</source>
        <extracomment>The name of a group of picture cards (“daily”).</extracomment>
        <translation>Daily life</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>The name of a group of picture cards (“health”).</extracomment>
        <translation>Health</translation>
    </message>
    <message>
        <source>Rights and safety</source>
        <extracomment>The name of a group of picture cards (“rights”).</extracomment>
        <translation>Rights and safety</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>The name of a group of picture cards (“time”).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The name of a group of picture cards (“meeting”).</extracomment>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Record of involvement</source>
        <extracomment>the title of a one-page certificate that a person took part in a meeting.</extracomment>
        <translation>Record of involvement</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} took part in a co-production meeting.</source>
        <extracomment>on a certificate; {name} is the name the person chose to be credited by.</extracomment>
        <translation>{name} took part in a co-production meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Meeting: {title}</source>
        <extracomment>on a certificate; {title} is the meeting's title.</extracomment>
        <translation>Meeting: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Date: {date}</source>
        <extracomment>on a certificate; {date} is the meeting's date in words.</extracomment>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Place: {place}</source>
        <extracomment>on a certificate; {place} is where the meeting was held.</extracomment>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Time given: {time}</source>
        <extracomment>on a certificate; {time} is how long the meeting lasted, e.g. "1 hour 30 minutes".</extracomment>
        <translation>Time given: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} gave their views on:</source>
        <extracomment>on a certificate, over the list of questions the person answered.</extracomment>
        <translation>{name} gave their views on:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They chose pictures to share their views.</source>
        <extracomment>on a certificate: the person used picture cards to say what they think.</extracomment>
        <translation>They chose pictures to share their views.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They agreed with other people's ideas.</source>
        <extracomment>on a certificate: the person added their marker to other people's ideas.</extracomment>
        <translation>They agreed with other people's ideas.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Their words are in the meeting summary.</source>
        <extracomment>on a certificate: what the person said is written in the meeting's summary.</extracomment>
        <translation>Their words are in the meeting summary.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Given by {organisation}.</source>
        <extracomment>on a certificate; {organisation} ran the meeting and gives the certificate.</extracomment>
        <translation>Given by {organisation}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Signed: {line}</source>
        <extracomment>on a certificate, beside a line to sign on.</extracomment>
        <translation>Signed: {line}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/pdf.py"/>
        <source>and {count} more</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 hour</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} hours</source>
        <extracomment>a length of time on a certificate; {count} is 2 or more.</extracomment>
        <translation>{count} hours</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 minute</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} minutes</source>
        <extracomment>a length of time on a certificate; {count} is 0 or 2 to 59.</extracomment>
        <translation>{count} minutes</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{hours} {minutes}</source>
        <extracomment>joins hours and minutes: "1 hour 30 minutes".</extracomment>
        <translation>{hours} {minutes}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Monday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Tuesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Wednesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Thursday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Friday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Saturday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Sunday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>January</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>February</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>March</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>April</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>May</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>June</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>July</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>August</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>September</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>October</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>November</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>December</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{weekday} {day} {month} {year}</source>
        <extracomment>a meeting's date on printouts. Reorder or punctuate as your language writes dates.</extracomment>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Something went wrong. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code error.unknown). Shown when something unexpected went wrong (a fault in the program). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Something went wrong. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That cannot be used. Please check it and try again.</source>
        <extracomment>An error message shown to a person (code input.invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That cannot be used. Please check it and try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be found. It may have been removed.</source>
        <extracomment>An error message shown to a person (code not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That could not be found. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code file.no_space). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The disk is full. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use that file or folder. Please choose another one.</source>
        <extracomment>An error message shown to a person (code file.not_allowed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop is not allowed to use that file or folder. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That place is read-only, so nothing can be saved there. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That place is read-only, so nothing can be saved there. Please choose another folder.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file or folder is not there any more. It may have been moved or removed.</source>
        <extracomment>An error message shown to a person (code file.not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file or folder is not there any more. It may have been moved or removed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The file could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The file could not be read or written. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder: please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.is_folder). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} is a folder: please give a file name ending in {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The folder {folder} does not exist.</source>
        <extracomment>An error message shown to a person (code file.no_folder). {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} does not end in {suffix}. Please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.wrong_suffix). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} does not end in {suffix}. Please give a file name ending in {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use {file}. Please choose another file or folder.</source>
        <extracomment>An error message shown to a person (code file.not_allowed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop is not allowed to use {file}. Please choose another file or folder.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file or folder {file}.</source>
        <extracomment>An error message shown to a person (code file.not_found_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no file or folder {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} could not be read or written. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} cannot be saved: the folder {folder} cannot be written to. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.folder_not_writable). {file}: a file name. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} cannot be saved: the folder {folder} cannot be written to. Please choose another folder.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text was expected.</source>
        <extracomment>An error message shown to a person (code text.not_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Text was expected.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the meeting title.</source>
        <extracomment>An error message shown to a person (code meeting.title_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the meeting title.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting title is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.title_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting title is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The place is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.place_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The place is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The date '{value}' is not a date. Please write it like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code meeting.date_invalid). 2026-11-26 is how the date must be written: keep it as it is. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The date '{value}' is not a date. Please write it like 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting with the id {id}.</source>
        <extracomment>An error message shown to a person (code meeting.missing). {id}: a meeting's id (letters, numbers and dashes). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no meeting with the id {id}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The purpose is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.purpose_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The purpose is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A decision is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.decision_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>A decision is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} decisions. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.decisions_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There are {count} decisions. Please keep it to {limit} or fewer.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A next step is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_step_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>A next step is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} next steps. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.next_steps_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There are {count} next steps. Please keep it to {limit} or fewer.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The next meeting is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_meeting_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The next meeting is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contact is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.contact_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The contact is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a time. Please write it like 14:00.</source>
        <extracomment>An error message shown to a person (code meeting.time_not_understood). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a time. Please write it like 14:00.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting ends at {ends}, before it starts at {starts}. Please check the times.</source>
        <extracomment>An error message shown to a person (code meeting.times_backwards). {ends}: a time of day, like 15:30. {starts}: a time of day, like 14:00. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting ends at {ends}, before it starts at {starts}. Please check the times.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The organisation's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code settings.organisation_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The organisation's name is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of months. Please give a whole number from 1 to {limit}.</source>
        <extracomment>An error message shown to a person (code retention.months_invalid). {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a number of months. Please give a whole number from 1 to {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the person's name.</source>
        <extracomment>An error message shown to a person (code person.name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the person's name.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The person's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code person.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The person's name is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not known on this laptop.</source>
        <extracomment>An error message shown to a person (code person.unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That person is not known on this laptop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That person is not taking part in this meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.already_here). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is already taking part in this meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has contributed to this meeting, so they stay on the list.</source>
        <extracomment>An error message shown to a person (code person.has_contributed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} has contributed to this meeting, so they stay on the list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} already has the {colour} {shape} marker. Please choose another colour or shape.</source>
        <extracomment>An error message shown to a person (code person.marker_taken). {colour} {shape} is a marker, such as 'orange circle': reorder as your language needs. {name}: a person's name or a file name, as typed. {colour}: a marker colour, from the Markers words (orange, sky blue...). {shape}: a marker shape, from the Markers words (circle, square...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} already has the {colour} {shape} marker. Please choose another colour or shape.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code person.name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type a name with at least one letter or number.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a chosen name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type a chosen name with at least one letter or number.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the name they want to be credited as.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the name they want to be credited as.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The name they want to be credited as is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The name they want to be credited as is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A chosen name is only used when the person is credited by a chosen name.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_unused). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>A chosen name is only used when the person is credited by a chosen name.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to credit a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code credit.style_unknown). {choices} are the program's own names (full_name, initials...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown way to credit a person: '{value}'. Use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All {count} markers are in use in this meeting. Please start a second meeting for more people.</source>
        <extracomment>An error message shown to a person (code marker.all_taken). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>All {count} markers are in use in this meeting. Please start a second meeting for more people.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker colour: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.colour_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown marker colour: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker shape: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.shape_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown marker shape: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note about consent is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The note about consent is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has not agreed to a photo being used. Record their consent first.</source>
        <extracomment>An error message shown to a person (code consent.no_photo). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} has not agreed to a photo being used. Record their consent first.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.kind_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown kind of consent: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way of asking for consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.how_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown way of asking for consent: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to name a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code consent.naming_unknown). {choices} are the program's own names (full_name, anonymous...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown way to name a person: '{value}'. Use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>What the person was told is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.told_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>What the person was told is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} said no to take-home documents, so none are made for them.</source>
        <extracomment>An error message shown to a person (code consent.no_take_home). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} said no to take-home documents, so none are made for them.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the prompt.</source>
        <extracomment>An error message shown to a person (code prompt.text_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the prompt.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The prompt is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code prompt.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The prompt is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt does not exist.</source>
        <extracomment>An error message shown to a person (code prompt.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That prompt does not exist.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contribution is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code contribution.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The contribution is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type what they said or choose at least one picture card.</source>
        <extracomment>An error message shown to a person (code contribution.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type what they said or choose at least one picture card.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A contribution can have at most {limit} picture cards.</source>
        <extracomment>An error message shown to a person (code contribution.too_many_cards). {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>A contribution can have at most {limit} picture cards.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking: that person is not in this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.speaker_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please choose who is speaking: that person is not in this meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.prompt_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That prompt is not part of this meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution does not exist.</source>
        <extracomment>An error message shown to a person (code contribution.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That contribution does not exist.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking first.</source>
        <extracomment>An error message shown to a person (code room.no_speaker). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please choose who is speaking first.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting. Please choose someone from the list.</source>
        <extracomment>An error message shown to a person (code room.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That person is not in this meeting. Please choose someone from the list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No meeting is open in the room. Please open a meeting first.</source>
        <extracomment>An error message shown to a person (code room.not_open). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No meeting is open in the room. Please open a meeting first.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution was withdrawn: its words are gone, so it cannot be changed.</source>
        <extracomment>An error message shown to a person (code contribution.withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That contribution was withdrawn: its words are gone, so it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That contribution is not part of this meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>People cannot agree with their own contribution.</source>
        <extracomment>An error message shown to a person (code agreement.own_contribution). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>People cannot agree with their own contribution.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting, so they cannot agree here.</source>
        <extracomment>An error message shown to a person (code agreement.person_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That person is not in this meeting, so they cannot agree here.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of support: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code support.role_unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown kind of support: '{value}'. Use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The supporter's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code support.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The supporter's name is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is nothing to undo.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_undo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A withdrawn contribution cannot be brought back: its words were erased.</source>
        <extracomment>An error message shown to a person (code room.undo_withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>A withdrawn contribution cannot be brought back: its words were erased.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>This meeting has no prompts yet, so nobody can pass on one.</source>
        <extracomment>An error message shown to a person (code room.no_prompt). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>This meeting has no prompts yet, so nobody can pass on one.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no contribution waiting to be confirmed.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_confirm). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no contribution waiting to be confirmed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name}, would you like to say something?</source>
        <extracomment>An error message shown to a person (code room.invitation). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name}, would you like to say something?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no picture card '{card}'.</source>
        <extracomment>An error message shown to a person (code card.missing). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no picture card '{card}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's words.</source>
        <extracomment>An error message shown to a person (code card.label_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the card's words.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's words are too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.label_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The card's words are too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's group.</source>
        <extracomment>An error message shown to a person (code card.group_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the card's group.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's group is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.group_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The card's group is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's source.</source>
        <extracomment>An error message shown to a person (code card.source_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the card's source.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's source is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.source_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The card's source is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The licence is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.licence_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The licence is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The author is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.author_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The author is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The other word is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.other_word_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The other word is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code card.picture_not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That picture cannot be stored: it was not prepared for CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card has no stored picture.</source>
        <extracomment>An error message shown to a person (code card.no_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That card has no stored picture.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Only cards that people brought can be removed.</source>
        <extracomment>An error message shown to a person (code card.not_brought). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Only cards that people brought can be removed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card is used in a meeting, so it stays.</source>
        <extracomment>An error message shown to a person (code card.in_use). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That card is used in a meeting, so it stays.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are no picture cards to export.</source>
        <extracomment>An error message shown to a person (code board.no_cards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There are no picture cards to export.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is not a picture CoProd Desktop can open. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.not_a_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is not a picture CoProd Desktop can open. Please choose a photo or picture file such as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is empty. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is empty. Please choose a photo or picture file such as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is damaged or incomplete, so it cannot be used. Please choose another copy of it.</source>
        <extracomment>An error message shown to a person (code picture.damaged). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That picture is damaged or incomplete, so it cannot be used. Please choose another copy of it.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_photo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), which CoProd Desktop cannot use safely yet. Please save it as a PNG picture and choose that.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_card). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is a drawing (SVG), which CoProd Desktop cannot use safely yet. Please save it as a PNG picture and choose that.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a PDF document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.pdf). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is a PDF document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a web page or text document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.web_page). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is a web page or text document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo is in the HEIC format, which CoProd Desktop cannot open. Please save it as a JPEG first.</source>
        <extracomment>An error message shown to a person (code picture.heic). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That photo is in the HEIC format, which CoProd Desktop cannot open. Please save it as a JPEG first.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is not enough memory to open that picture. Please close other programs or choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.no_memory). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is not enough memory to open that picture. Please close other programs or choose a smaller picture.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is too big ({size_mb} MB). Please choose a picture smaller than {limit_mb} MB.</source>
        <extracomment>An error message shown to a person (code picture.too_big). {size_mb}: a size in megabytes, such as 12.5. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That file is too big ({size_mb} MB). Please choose a picture smaller than {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture has too many pixels to open safely (more than {millions} million). Please choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.too_many_pixels). {millions}: a number of millions, such as 50. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That picture has too many pixels to open safely (more than {millions} million). Please choose a smaller picture.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too small to see ({width} × {height} pixels). Please choose one at least {min_side} pixels on each side.</source>
        <extracomment>An error message shown to a person (code picture.too_small). {width}: a number of pixels. {height}: a number of pixels. {min_side}: a number of pixels. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That picture is too small to see ({width} × {height} pixels). Please choose one at least {min_side} pixels on each side.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too long and thin to show. Please crop it first, then choose it again.</source>
        <extracomment>An error message shown to a person (code picture.too_thin). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That picture is too long and thin to show. Please crop it first, then choose it again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file called {file} any more. Please choose the picture again.</source>
        <extracomment>An error message shown to a person (code picture.file_gone). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no file called {file} any more. Please choose the picture again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to open {file}.</source>
        <extracomment>An error message shown to a person (code picture.not_allowed). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop is not allowed to open {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read. Please choose it again, or choose another picture.</source>
        <extracomment>An error message shown to a person (code picture.unreadable). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} could not be read. Please choose it again, or choose another picture.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder, not a picture. Please choose a picture file inside it.</source>
        <extracomment>An error message shown to a person (code picture.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} is a folder, not a picture. Please choose a picture file inside it.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not an ordinary file, so it cannot be used as a picture.</source>
        <extracomment>An error message shown to a person (code picture.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} is not an ordinary file, so it cannot be used as a picture.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code photo.not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That photo cannot be stored: it was not prepared for CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The preferred name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.preferred_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The preferred name is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The formats must be a list such as Easy Read, Large print or Audio.</source>
        <extracomment>An error message shown to a person (code profile.formats_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The formats must be a list such as Easy Read, Large print or Audio.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a format CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.format_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a format CoProd Desktop knows.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of interpreter CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a kind of interpreter CoProd Desktop knows.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a way of using the laptop CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.access_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a way of using the laptop CoProd Desktop knows.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a switch set-up CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.switch_mode_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a switch set-up CoProd Desktop knows.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a card size CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.card_size_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a card size CoProd Desktop knows.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose a language from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please choose a language from the list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language CoProd Desktop knows. Please choose one from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a language CoProd Desktop knows. Please choose one from the list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the language the interpreter speaks.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please type the language the interpreter speaks.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The interpreter's language is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The interpreter's language is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The time on each item must be from {low} to {high} seconds.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time to hold the switch must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The time to hold the switch must be from {low} to {high} seconds.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.voice_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The voice name is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note for the facilitator is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.notes_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The note for the facilitator is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text size must be between {low}% and {high}%, in steps of {step}%.</source>
        <extracomment>An error message shown to a person (code appearance.text_scale_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. {step}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Text size must be between {low}% and {high}%, in steps of {step}%.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the colour themes in the list.</source>
        <extracomment>An error message shown to a person (code appearance.theme_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Choose one of the colour themes in the list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the fonts in the list.</source>
        <extracomment>An error message shown to a person (code appearance.font_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Choose one of the fonts in the list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Reduced motion must be on or off.</source>
        <extracomment>An error message shown to a person (code appearance.reduced_motion_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Reduced motion must be on or off.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a colour: write it as #RRGGBB, for example #1A4FD6.</source>
        <extracomment>An error message shown to a person (code colour.invalid). #RRGGBB and #1A4FD6 are how colours are written: keep them as they are. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a colour: write it as #RRGGBB, for example #1A4FD6.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Opacity must be between 0 and 1, not {value}.</source>
        <extracomment>An error message shown to a person (code colour.opacity_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Opacity must be between 0 and 1, not {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Scanning must use one switch or two switches.</source>
        <extracomment>An error message shown to a person (code scanning.mode_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Scanning must use one switch or two switches.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The time on each item must be between {low} and {high} seconds.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The extra time on the first item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.first_item_extra_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The extra time on the first item must be between {low} and {high} seconds.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>How long to hold the switch must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>How long to hold the switch must be between {low} and {high} seconds.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The pause after a press must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.debounce_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The pause after a press must be between {low} and {high} seconds.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of rounds before scanning stops must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.passes_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The number of rounds before scanning stops must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of items in a block must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.block_size_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The number of items in a block must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Spoken cues must be on or off.</source>
        <extracomment>An error message shown to a person (code scanning.spoken_cues_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Spoken cues must be on or off.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown language '{value}'.</source>
        <extracomment>An error message shown to a person (code speech.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Unknown language '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The reading speed must be a whole number from {low} to {high} words a minute.</source>
        <extracomment>An error message shown to a person (code speech.rate_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The reading speed must be a whole number from {low} to {high} words a minute.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The volume must be between 0 and 1.</source>
        <extracomment>An error message shown to a person (code speech.volume_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The volume must be between 0 and 1.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language code such as “en” or “cy”.</source>
        <extracomment>An error message shown to a person (code speech.language_tag_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a language code such as “en” or “cy”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A voice must be named by its id, or left unset.</source>
        <extracomment>An error message shown to a person (code speech.voice_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>A voice must be named by its id, or left unset.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no speech engine can run on this computer.</source>
        <extracomment>An error message shown to a person (code speech.unavailable). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: no speech engine can run on this computer.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be read aloud. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That could not be read aloud. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper could not start.</source>
        <extracomment>An error message shown to a person (code speech.helper_failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: the speech helper could not start.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper stopped while starting. {reason}</source>
        <extracomment>An error message shown to a person (code speech.helper_stopped_starting). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: the speech helper stopped while starting. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). Remove that setting and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.switched_off). COPROD_SPEECH_DRIVER is the name of a setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). Remove that setting and start CoProd Desktop again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no voices are installed. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_voices). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: no voices are installed. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the espeak-ng speech engine is not installed on this computer. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_espeak). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: the espeak-ng speech engine is not installed on this computer. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine '{value}' does not exist. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_unknown). {value}: what was given, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: the speech engine '{value}' does not exist. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine could not start. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_failed). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: the speech engine could not start. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: a part of CoProd Desktop is missing (pyttsx3). Reinstall CoProd Desktop and start it again.</source>
        <extracomment>An error message shown to a person (code speech.pyttsx3_missing). pyttsx3 is the name of a program part: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off: a part of CoProd Desktop is missing (pyttsx3). Reinstall CoProd Desktop and start it again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_linux). espeak-ng and sudo apt install espeak-ng are a name and a command: keep them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a Windows voice is installed (Settings, Time and language, Speech) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_windows). Name the Windows settings as a Windows in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Check that a Windows voice is installed (Settings, Time and language, Speech) and start CoProd Desktop again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a system voice is installed (System Settings, Accessibility, Spoken Content) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_mac). Name the macOS settings as a Mac in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Check that a system voice is installed (System Settings, Accessibility, Spoken Content) and start CoProd Desktop again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech engine stopped responding. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.engine_stuck). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The speech engine stopped responding. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech stopped unexpectedly. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech stopped unexpectedly. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech has been closed.</source>
        <extracomment>An error message shown to a person (code speech.closed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech has been closed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech settings cannot be used. Please check them and try again.</source>
        <extracomment>An error message shown to a person (code speech.settings_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The speech settings cannot be used. Please check them and try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The text could not be turned into speech. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.not_spoken). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The text could not be turned into speech. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.no_sound). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: this computer has no working sound output.</source>
        <extracomment>An error message shown to a person (code speech.no_sound_output). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played: this computer has no working sound output.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player did not finish.</source>
        <extracomment>An error message shown to a person (code speech.player_unfinished). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played: the audio player did not finish.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player ({name}) stopped with an error.</source>
        <extracomment>An error message shown to a person (code speech.player_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played: the audio player ({name}) stopped with an error.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” could not start.</source>
        <extracomment>An error message shown to a person (code speech.player_not_started). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played: the audio player “{name}” could not start.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing). COPROD_AUDIO_PLAYER is the name of a setting: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played: the audio player “{name}” is not installed. Set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Install alsa-utils (sudo apt install alsa-utils) or set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing_linux). alsa-utils, sudo apt install alsa-utils and COPROD_AUDIO_PLAYER are names and a command: keep them. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No sound could be played: the audio player “{name}” is not installed. Install alsa-utils (sudo apt install alsa-utils) or set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voices are installed, so nothing can be read aloud.</source>
        <extracomment>An error message shown to a person (code speech.voice_none). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No voices are installed, so nothing can be read aloud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed; reading with another voice for {language} instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_missing). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The voice “{voice}” is not installed; reading with another voice for {language} instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing). Not an error: said while reading aloud goes on in English. {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No voice for {language} is installed; reading in English instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_other). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No voice for {language} is installed; reading with the voice “{other_voice}” instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_standard). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No voice for {language} is installed; reading with the standard voice instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The voice “{voice}” is not installed, and no voice for {language} is; reading in English instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing_other). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The voice “{voice}” is not installed, and no voice for {language} is; reading with the voice “{other_voice}” instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” could not be used; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_not_usable). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The voice “{voice}” could not be used; reading with the standard voice instead.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no text to save as audio.</source>
        <extracomment>An error message shown to a person (code audio.no_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no text to save as audio.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio file could not be saved. {reason}</source>
        <extracomment>An error message shown to a person (code audio.not_saved). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The audio file could not be saved. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Making the audio took too long, so it was stopped.</source>
        <extracomment>An error message shown to a person (code audio.too_slow). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Making the audio took too long, so it was stopped.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech helper stopped before the audio was made.</source>
        <extracomment>An error message shown to a person (code audio.helper_stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The speech helper stopped before the audio was made.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio could not be made. Please try again.</source>
        <extracomment>An error message shown to a person (code audio.not_made). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The audio could not be made. Please try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off on this computer, so the sound file cannot be made.</source>
        <extracomment>An error message shown to a person (code audio.speech_off). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Speech is off on this computer, so the sound file cannot be made.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop has no language '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code language.unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop has no language '{value}'. Use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a prompt in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_prompt). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import “{title}”: a prompt in the file already belongs to another meeting on this laptop. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a contribution in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_contribution). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import “{title}”: a contribution in the file already belongs to another meeting on this laptop. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: it clashes with data on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.clash). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import “{title}”: it clashes with data on this laptop. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: the picture card “{label}” ({card}) is not on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.card_missing). {title}: a meeting's title, as typed. {label}: a picture card's words. {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import “{title}”: the picture card “{label}” ({card}) is not on this laptop. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a meeting export file.</source>
        <extracomment>An error message shown to a person (code import.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is a folder, not a meeting export file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a file.</source>
        <extracomment>An error message shown to a person (code import.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not a file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a meeting export (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code import.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is too big to be a meeting export (over {limit_mb} MB).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: there is no such file.</source>
        <extracomment>An error message shown to a person (code import.no_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: there is no such file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it cannot be read. {reason}</source>
        <extracomment>An error message shown to a person (code import.unreadable). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it cannot be read. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is empty.</source>
        <extracomment>An error message shown to a person (code import.empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is empty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not a meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_utf8). UTF-8 is the name of a text encoding: keep it as it is. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not UTF-8 text, so it is not a meeting export.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not valid JSON (line {line}, column {column}).</source>
        <extracomment>An error message shown to a person (code import.not_json). JSON is the name of a file format: keep it as it is. {file}: a file name. {line}: a line number. {column}: a column number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a meeting export.</source>
        <extracomment>An error message shown to a person (code import.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is nested far too deeply to be a meeting export.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the field {name} appears twice in one place.</source>
        <extracomment>An error message shown to a person (code import.field_twice). {file}: a file name. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the field {name} appears twice in one place.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.odd_value). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds a value no meeting export has.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a CoProd Desktop meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_export). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not a CoProd Desktop meeting export.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has an unknown format version: {value}.</source>
        <extracomment>An error message shown to a person (code import.unknown_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it has an unknown format version: {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it was made by a newer version of CoProd Desktop (format version {value}). Please update CoProd Desktop to import it.</source>
        <extracomment>An error message shown to a person (code import.newer_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it was made by a newer version of CoProd Desktop (format version {value}). Please update CoProd Desktop to import it.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has neither words nor picture cards.</source>
        <extracomment>An error message shown to a person (code import.nothing_said). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} has neither words nor picture cards.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {card} is not in the list of cards.</source>
        <extracomment>An error message shown to a person (code import.card_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} {card} is not in the list of cards.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is credited to someone who is not among the people in the file.</source>
        <extracomment>An error message shown to a person (code import.person_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is credited to someone who is not among the people in the file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not one of the prompts in the file.</source>
        <extracomment>An error message shown to a person (code import.prompt_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not one of the prompts in the file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is missing.</source>
        <extracomment>An error message shown to a person (code import.field_missing). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is missing.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a field a meeting export has.</source>
        <extracomment>An error message shown to a person (code import.field_unknown). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not a field a meeting export has.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is empty.</source>
        <extracomment>An error message shown to a person (code import.field_empty). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is empty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_long). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has {count} items, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_many). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} has {count} items, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} lists the same thing twice.</source>
        <extracomment>An error message shown to a person (code import.listed_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} lists the same thing twice.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is the same as {other}.</source>
        <extracomment>An error message shown to a person (code import.same_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {other}: another place in the file, such as people[2].id (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is the same as {other}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not text.</source>
        <extracomment>An error message shown to a person (code import.not_text). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not text.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a list.</source>
        <extracomment>An error message shown to a person (code import.not_list). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not a list.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a JSON object.</source>
        <extracomment>An error message shown to a person (code import.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a number.</source>
        <extracomment>An error message shown to a person (code import.not_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not a number.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a whole number.</source>
        <extracomment>An error message shown to a person (code import.not_whole_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not a whole number.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an id.</source>
        <extracomment>An error message shown to a person (code import.not_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not an id.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a picture card id.</source>
        <extracomment>An error message shown to a person (code import.not_card_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} {value} is not a picture card id.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a date written like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code import.not_date). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} {value} is not a date written like 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a UTC time written like 2026-11-26T10:00:00Z.</source>
        <extracomment>An error message shown to a person (code import.not_time). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} {value} is not a UTC time written like 2026-11-26T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is {value}, which is not one of: {choices}.</source>
        <extracomment>An error message shown to a person (code import.not_one_of). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is {value}, which is not one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} must be from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code import.out_of_range). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} must be from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the right kind of value.</source>
        <extracomment>An error message shown to a person (code import.wrong_type). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not the right kind of value.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.wrong_value). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} has a value no meeting export has.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} cannot be used. {reason}</source>
        <extracomment>An error message shown to a person (code import.value_refused). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} cannot be used. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Imported “{title}”. People added: {people}. Prompts added: {prompts}. Contributions added: {contributions}. Already here: {already}.</source>
        <extracomment>An error message shown to a person (code import.done). Not an error: said after a meeting export file was imported. {title}: a meeting's title, as typed. {people}: a number. {prompts}: a number. {contributions}: a number. {already}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Imported “{title}”. People added: {people}. Prompts added: {prompts}. Contributions added: {contributions}. Already here: {already}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Communication profiles added: {count}.</source>
        <extracomment>An error message shown to a person (code import.profiles_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Communication profiles added: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: {ref} is not one of the differences between the file and this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.not_a_conflict). {title}: a meeting's title, as typed. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import “{title}”: {ref} is not one of the differences between the file and this laptop. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Withdrawn in the file, so withdrawn here too: {count}.</source>
        <extracomment>An error message shown to a person (code import.withdrawn_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Withdrawn in the file, so withdrawn here too: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s meeting details ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_meeting). Not an error: a meeting differed between a file and this laptop; this laptop's was kept. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kept this laptop’s meeting details ({ref}): “{mine}”. The file says: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s meeting details ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_meeting). Not an error: a meeting differed between a file and this laptop; the file's was taken. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Took the file’s meeting details ({ref}): “{theirs}”. This laptop had: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s prompt ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kept this laptop’s prompt ({ref}): “{mine}”. The file says: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s prompt ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Took the file’s prompt ({ref}): “{theirs}”. This laptop had: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s contribution ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kept this laptop’s contribution ({ref}): “{mine}”. The file says: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s contribution ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Took the file’s contribution ({ref}): “{theirs}”. This laptop had: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept how this laptop credits a person ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kept how this laptop credits a person ({ref}): “{mine}”. The file says: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took how the file credits a person ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Took how the file credits a person ({ref}): “{theirs}”. This laptop had: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code export.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting could not be saved as {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a role. The roles are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.role_unknown). {choices} are the program's own names (participant, observer...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a role. The roles are: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a choice of recognition. The choices are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.recognition_unknown). {choices} are the program's own names (payment, voucher...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a choice of recognition. The choices are: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of minutes. Please give a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code involvement.minutes_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a number of minutes. Please give a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of expense. The kinds are: {choices}.</source>
        <extracomment>An error message shown to a person (code expense.kind_unknown). {choices} are the program's own names (mileage, fare...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a kind of expense. The kinds are: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of miles. Please give a number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code expense.miles_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not a number of miles. Please give a number from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not an amount of money. Please write it like 12.50, up to {limit}.</source>
        <extracomment>An error message shown to a person (code expense.amount_invalid). 12.50 is an amount of money in pounds; {limit} is an amount such as £100,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' is not an amount of money. Please write it like 12.50, up to {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the miles travelled.</source>
        <extracomment>An error message shown to a person (code expense.miles_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please give the miles travelled.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the amount of money.</source>
        <extracomment>An error message shown to a person (code expense.amount_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Please give the amount of money.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code expense.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The note is too long: {length} characters, the most is {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That expense is not there any more. It may have been removed.</source>
        <extracomment>An error message shown to a person (code expense.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>That expense is not there any more. It may have been removed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' cannot be used as a rate. Please write an amount like 0.45, up to {limit}.</source>
        <extracomment>An error message shown to a person (code rates.invalid). 0.45 is an amount of money in pounds; {limit} is an amount such as £1,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' cannot be used as a rate. Please write an amount like 0.45, up to {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The end date comes before the start date. Please check the dates.</source>
        <extracomment>An error message shown to a person (code finance.dates_backwards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The end date comes before the start date. Please check the dates.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already. A finance export never replaces a file: choose another name.</source>
        <extracomment>An error message shown to a person (code finance.file_exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} is there already. A finance export never replaces a file: choose another name.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The finance export could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code finance.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The finance export could not be saved as {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a board file.</source>
        <extracomment>An error message shown to a person (code board.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is a folder, not a board file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code board.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is too big to be a board (over {limit_mb} MB).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB of text).</source>
        <extracomment>An error message shown to a person (code board.text_too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is too big to be a board (over {limit_mb} MB of text).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a part of it is empty.</source>
        <extracomment>An error message shown to a person (code board.part_empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: a part of it is empty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_utf8). UTF-8 and Open Board Format are names: keep them as they are. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not UTF-8 text, so it is not an Open Board Format board.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a board.</source>
        <extracomment>An error message shown to a person (code board.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is nested far too deeply to be a board.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a number no board has.</source>
        <extracomment>An error message shown to a person (code board.odd_number). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds a number no board has.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a readable .obz package (the zip file is damaged).</source>
        <extracomment>An error message shown to a person (code board.zip_damaged). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not a readable .obz package (the zip file is damaged).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds too many files ({count}; the most is {limit}).</source>
        <extracomment>An error message shown to a person (code board.too_many_files). {file}: a file name. {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds too many files ({count}; the most is {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it unpacks to more than {limit_mb} MB, too big for a board package.</source>
        <extracomment>An error message shown to a person (code board.too_big_unpacked). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it unpacks to more than {limit_mb} MB, too big for a board package.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file whose name leads outside the package ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_outside). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds a file whose name leads outside the package ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a link to another place ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_link). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds a link to another place ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file locked with a password ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_locked). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds a file locked with a password ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file packed in a way .obz packages do not use ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_packing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds a file packed in a way .obz packages do not use ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds two files named {entry}.</source>
        <extracomment>An error message shown to a person (code board.entry_twice). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds two files named {entry}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is too big.</source>
        <extracomment>An error message shown to a person (code board.entry_too_big). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the file {entry} in the package is too big.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} holds more than the package says.</source>
        <extracomment>An error message shown to a person (code board.entry_lies). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the file {entry} holds more than the package says.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is damaged.</source>
        <extracomment>An error message shown to a person (code board.entry_damaged). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the file {entry} in the package is damaged.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} unpacks to far more than it holds (a zip bomb).</source>
        <extracomment>An error message shown to a person (code board.zip_bomb). A zip bomb is a small file made to unpack to something huge, to fill a computer up. {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the file {entry} unpacks to far more than it holds (a zip bomb).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an .obz package (an .obz file is a zip file).</source>
        <extracomment>An error message shown to a person (code board.not_zip). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not an .obz package (an .obz file is a zip file).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has no manifest.json, so it is not an .obz package.</source>
        <extracomment>An error message shown to a person (code board.no_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it has no manifest.json, so it is not an .obz package.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: manifest.json is not an Open Board Format manifest.</source>
        <extracomment>An error message shown to a person (code board.not_a_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: manifest.json is not an Open Board Format manifest.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the main board named in manifest.json ({entry}) is not in the package.</source>
        <extracomment>An error message shown to a person (code board.root_missing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the main board named in manifest.json ({entry}) is not in the package.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the board {board} named in manifest.json is not in the package.</source>
        <extracomment>An error message shown to a person (code board.listed_missing). {file}: a file name. {board}: the name of a board file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: the board {board} named in manifest.json is not in the package.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds more than {limit} boards.</source>
        <extracomment>An error message shown to a person (code board.too_many_boards). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it holds more than {limit} boards.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_a_board). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: it is not an Open Board Format board.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a board has more than {limit} buttons.</source>
        <extracomment>An error message shown to a person (code board.too_many_buttons). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: a board has more than {limit} buttons.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an object.</source>
        <extracomment>An error message shown to a person (code board.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not an object.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not true or false.</source>
        <extracomment>An error message shown to a person (code board.not_true_false). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not true or false.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the id of a button.</source>
        <extracomment>An error message shown to a person (code board.not_button_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} is not the id of a button.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is used by two buttons.</source>
        <extracomment>An error message shown to a person (code board.id_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot import {file}: {field} {value} is used by two buttons.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Picture cards added from “{board_name}”: {count}.</source>
        <extracomment>An error message shown to a person (code board.cards_added). Not an error: said after a board of picture buttons was brought in. {board_name}: the name of a board (a page of picture buttons), as in the file. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Picture cards added from “{board_name}”: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Of these, word cards (their words are their picture): {count}.</source>
        <extracomment>An error message shown to a person (code board.word_cards_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Of these, word cards (their words are their picture): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cards already here, so not added again: {count}.</source>
        <extracomment>An error message shown to a person (code board.already_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cards already here, so not added again: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Buttons left out: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out). Buttons on the board that did not become picture cards. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Buttons left out: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have no words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_no_words). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because they have no words: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they are hidden on the board: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_hidden). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because they are hidden on the board: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they control the board and are not words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_control). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because they control the board and are not words: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have too many words for a card: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_too_long). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because they have too many words for a card: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is on the internet (it is never fetched): {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_online). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because their picture is on the internet (it is never fetched): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is an SVG drawing: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_svg). SVG is the name of a picture format: keep it as it is. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because their picture is an SVG drawing: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is not in the file: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_missing). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because their picture is not in the file: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture cannot be used: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_unusable). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Left out because their picture cannot be used: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Sounds left out (CoProd Desktop does not use sounds): {count}.</source>
        <extracomment>An error message shown to a person (code board.sounds_left_out). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Sounds left out (CoProd Desktop does not use sounds): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards on the internet, not followed (CoProd Desktop makes no network calls): {count}.</source>
        <extracomment>An error message shown to a person (code board.links_online). A button on a board can open another board; this counts those not opened. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Links to boards on the internet, not followed (CoProd Desktop makes no network calls): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards that are not in this file, not followed: {count}.</source>
        <extracomment>An error message shown to a person (code board.links_not_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Links to boards that are not in this file, not followed: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The PDF could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code pdf.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The PDF could not be saved as {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The copy for screen readers could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code html.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The copy for screen readers could not be saved as {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not be read or written. What you typed is still on the screen.</source>
        <extracomment>An error message shown to a person (code database.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting database could not be read or written. What you typed is still on the screen.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{path} is a folder, not a meeting database file.</source>
        <extracomment>An error message shown to a person (code database.is_folder). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{path} is a folder, not a meeting database file.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot read {path}. {reason}</source>
        <extracomment>An error message shown to a person (code database.unreadable). {path}: a file's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot read {path}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.empty). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is empty: it holds no meetings. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.empty_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is empty: it holds no meetings. It was left as it is. A backup is available: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is not a CoProd Desktop meeting database. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.not_a_database). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is not a CoProd Desktop meeting database. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.damaged). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is damaged and cannot be opened. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.damaged_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is damaged and cannot be opened. It was left as it is. A backup is available: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is a database from another program, not CoProd Desktop. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.other_program). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is a database from another program, not CoProd Desktop. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop. Please update CoProd Desktop to open it. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.newer). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} was saved by a newer version of CoProd Desktop. Please update CoProd Desktop to open it. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not switch to safe-write mode (WAL).</source>
        <extracomment>An error message shown to a person (code database.no_safe_mode). WAL is the name of a database setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting database could not switch to safe-write mode (WAL).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting database at {path}.</source>
        <extracomment>An error message shown to a person (code database.missing). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>There is no meeting database at {path}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot create the folder {folder}. {reason}</source>
        <extracomment>An error message shown to a person (code database.folder_not_made). {folder}: a folder's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot create the folder {folder}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot write beside {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_write_beside). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot write beside {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot open {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_open). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cannot open {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already open in another CoProd Desktop window. Close that one first.</source>
        <extracomment>An error message shown to a person (code database.in_use). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} is already open in another CoProd Desktop window. Close that one first.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} cannot be opened safely: the folder {folder} cannot be written to. Move the file to a folder you can write to, or ask for access to this one.</source>
        <extracomment>An error message shown to a person (code database.folder_not_writable). {name}: a person's name or a file name, as typed. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} cannot be opened safely: the folder {folder} cannot be written to. Move the file to a folder you can write to, or ask for access to this one.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by an older version of CoProd Desktop. Open it in CoProd Desktop once to bring it up to date, then try again.</source>
        <extracomment>An error message shown to a person (code database.older). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} was saved by an older version of CoProd Desktop. Open it in CoProd Desktop once to bring it up to date, then try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code database.disk_full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The disk is full, so nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is read-only, so nothing was saved.</source>
        <extracomment>An error message shown to a person (code database.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting database is read-only, so nothing was saved.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is busy in another program, so nothing was saved. Try again.</source>
        <extracomment>An error message shown to a person (code database.busy). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The meeting database is busy in another program, so nothing was saved. Try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was saved: the meeting database could not be written. Try again.</source>
        <extracomment>An error message shown to a person (code database.not_saved). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nothing was saved: the meeting database could not be written. Try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop or by another program: its version number is not one this program knows. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.unknown_version). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} was saved by a newer version of CoProd Desktop or by another program: its version number is not one this program knows. It was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file that held the latest changes to {name} (its -wal file) is gone. {name} was left as it is.</source>
        <extracomment>An error message shown to a person (code database.wal_lost). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Some recent changes may be missing: the file that held the latest changes to {name} (its -wal file) is gone. {name} was left as it is.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file of latest changes beside {name} (its -wal file) does not belong to it. Both were left as they are.</source>
        <extracomment>An error message shown to a person (code database.wal_mismatch). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Some recent changes may be missing: the file of latest changes beside {name} (its -wal file) does not belong to it. Both were left as they are.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} can only be read: changes to it cannot be saved.</source>
        <extracomment>An error message shown to a person (code database.read_only_file). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} can only be read: changes to it cannot be saved.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Whole-file check: no damage found.</source>
        <extracomment>An error message shown to a person (code check.integrity_ok). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Whole-file check: no damage found.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}), the newest this program knows.</source>
        <extracomment>An error message shown to a person (code check.version). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Version: {number} ({migration}), the newest this program knows.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}). Opening it in CoProd Desktop brings it up to date.</source>
        <extracomment>An error message shown to a person (code check.version_older). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Version: {number} ({migration}). Opening it in CoProd Desktop brings it up to date.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Latest changes (the -wal file): in order.</source>
        <extracomment>An error message shown to a person (code check.log_ok). -wal is the end of a file's name: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Latest changes (the -wal file): in order.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Newest good backup: {path} (saved {when}).</source>
        <extracomment>An error message shown to a person (code check.backup). {path}: a file's path. {when}: a date and time, such as 2026-11-26 14:05. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Newest good backup: {path} (saved {when}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No good backup was found.</source>
        <extracomment>An error message shown to a person (code check.no_backup). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No good backup was found.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All is well.</source>
        <extracomment>An error message shown to a person (code check.all_well). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>All is well.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has a problem (see above).</source>
        <extracomment>An error message shown to a person (code check.problem). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} has a problem (see above).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup of the meeting database did not check out as a whole copy, so it was deleted: {name} was not kept. Your meetings are unchanged. Try again.</source>
        <extracomment>An error message shown to a person (code backup.check_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The backup of the meeting database did not check out as a whole copy, so it was deleted: {name} was not kept. Your meetings are unchanged. Try again.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup {name} could not be saved. {reason} Your meetings are unchanged.</source>
        <extracomment>An error message shown to a person (code backup.not_saved). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The backup {name} could not be saved. {reason} Your meetings are unchanged.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not a whole backup of a meeting database, so it was not used. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code backup.not_whole). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} is not a whole backup of a meeting database, so it was not used. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already: a backup never replaces a file. Choose another name.</source>
        <extracomment>An error message shown to a person (code backup.exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} is there already: a backup never replaces a file. Choose another name.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The record could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code record.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>The record could not be saved as {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before today still hold their data until {date}. Backups: {count}.</source>
        <extracomment>An error message shown to a person (code erase.backups_hold). {date}: a date, such as 2027-12-01. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Backups made before today still hold their data until {date}. Backups: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before an upgrade also hold their data until you delete them: {count}.</source>
        <extracomment>An error message shown to a person (code erase.upgrade_backups_kept). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Backups made before an upgrade also hold their data until you delete them: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No backup holds their data.</source>
        <extracomment>An error message shown to a person (code erase.no_backups). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>No backup holds their data.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was changed. Add --yes to erase or anonymise this person.</source>
        <extracomment>An error message shown to a person (code erase.not_confirmed). --yes is a command-line option: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nothing was changed. Add --yes to erase or anonymise this person.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were erased from this laptop, with everything about them.</source>
        <extracomment>An error message shown to a person (code erase.erased). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>They were erased from this laptop, with everything about them.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were anonymised. What they said stays, credited as a former participant.</source>
        <extracomment>An error message shown to a person (code erase.anonymised). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>They were anonymised. What they said stays, credited as a former participant.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Prompt</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Person</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Words</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Words</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Cards</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Time</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Confirmed</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Agreed by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Agreed by</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Supported by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Supported by</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>English</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Welsh</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Welsh</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Polish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Arabic</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Urdu</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Punjabi</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Punjabi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Bengali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Bengali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Gujarati</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Gujarati</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Romanian</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Romanian</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Portuguese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Spanish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>French</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Somali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Tamil</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Tamil</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Turkish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Chinese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Chinese</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>orange</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>sky blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>sky blue</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>green</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>green</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>yellow</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>yellow</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>blue</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>red</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>red</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>purple</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>purple</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>grey</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>grey</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>circle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>circle</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>square</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>square</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>triangle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>triangle</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>diamond</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>diamond</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>star</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>star</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>hexagon</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>hexagon</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>heart</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>heart</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>cross</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>cross</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{colour} {shape}, {initials}</source>
        <extracomment>a person's marker on printouts: its colour, its shape and their initials. Reorder as your language needs, e.g. "{shape}, colour {colour}, {initials}".</extracomment>
        <translation>{colour} {shape}, {initials}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../coprod_desktop/services/pdf_page.py"/>
        <source>Page {number} of {total}</source>
        <extracomment>the footer of every printed page.</extracomment>
        <translation>Page {number} of {total}</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Take-home sheets for you</source>
        <translation>Take-home sheets for you</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your words in reports</source>
        <translation>Your words in reports</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photos of you</source>
        <translation>Photos of you</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Sharing your communication profile</source>
        <translation>Sharing your communication profile</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How you are named</source>
        <translation>How you are named</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>initials</source>
        <translation>initials</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>a name you chose</source>
        <translation>a name you chose</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>not named</source>
        <translation>not named</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>co-facilitator</source>
        <translation>co-facilitator</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>expert by experience</source>
        <translation>expert by experience</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>supporter</source>
        <translation>supporter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>observer</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>nothing chosen</source>
        <translation>nothing chosen</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>payment</source>
        <translation>payment</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>voucher</source>
        <translation>voucher</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>as a volunteer</source>
        <translation>as a volunteer</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>mileage</source>
        <translation>mileage</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>fare</source>
        <translation>fare</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>parking</source>
        <translation>parking</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>care</source>
        <translation>care</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What we hold about you</source>
        <extracomment>the title of the document listing everything held about one person.</extracomment>
        <translation>What we hold about you</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you can do</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>What you can do</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to change anything here.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>You can ask us to change anything here.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to delete it.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>You can ask us to delete it.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>About you</source>
        <extracomment>heading over a person's own details in their record.</extracomment>
        <translation>About you</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your name: {name}</source>
        <extracomment>in a person's record; {name} is their full name as we keep it.</extracomment>
        <translation>Your name: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We added you on {date}.</source>
        <extracomment>in a person's record; {date} is when they were first added, in words.</extracomment>
        <translation>We added you on {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading speed: {rate} words a minute.</source>
        <translation>Your reading speed: {rate} words a minute.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading volume: {volume} out of 100.</source>
        <extracomment>in a person's record; {volume} is a number from 0 to 100.</extracomment>
        <translation>Your reading volume: {volume} out of 100.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How we thank you: {choice}</source>
        <extracomment>in a person's record; {choice} is payment, voucher, as a volunteer...</extracomment>
        <translation>How we thank you: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep your communication profile.</source>
        <extracomment>in a person's record: we keep notes on how they like to communicate.</extracomment>
        <translation>We keep your communication profile.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You like to be called {name}.</source>
        <translation>You like to be called {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Our notes about you:</source>
        <extracomment>in a person's record, before the facilitator's notes about them.</extracomment>
        <translation>Our notes about you:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep this photo of you.</source>
        <translation>We keep this photo of you.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your photo</source>
        <translation>Your photo</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Picture cards with your photo: {count}</source>
        <extracomment>in a person's record; {count} is a number of picture cards.</extracomment>
        <translation>Picture cards with your photo: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your consent</source>
        <extracomment>heading over what a person agreed to, in their record.</extracomment>
        <translation>Your consent</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>yes</source>
        <extracomment>the answer "yes" in a person's record ("Photos of you: yes").</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>no</source>
        <extracomment>the answer "no" in a person's record ("Photos of you: no").</extracomment>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you told us, and when:</source>
        <extracomment>in a person's record, over the list of every consent answer with its date.</extracomment>
        <translation>What you told us, and when:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{date}: {answer}</source>
        <translation>{date}: {answer}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{purpose}: {answer}</source>
        <extracomment>a purpose and the person's answer, e.g. "Photos of you: yes".</extracomment>
        <translation>{purpose}: {answer}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your meetings</source>
        <extracomment>heading over the meetings a person took part in, in their record.</extracomment>
        <translation>Your meetings</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You are not in any meeting.</source>
        <extracomment>in a person's record, when they took part in no meeting.</extracomment>
        <translation>You are not in any meeting.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Date: {date}</source>
        <extracomment>in a person's record; {date} is a meeting's date in words.</extracomment>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Place: {place}</source>
        <extracomment>in a person's record; {place} is where a meeting was held.</extracomment>
        <translation>Place: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your role: {role}</source>
        <extracomment>in a person's record; {role} is participant, co-facilitator...</extracomment>
        <translation>Your role: {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>The name you chose: {name}</source>
        <extracomment>in a person's record; {name} is the name they chose for a meeting.</extracomment>
        <translation>The name you chose: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Time you gave: {time}</source>
        <extracomment>in a person's record; {time} is like "1 hour 30 minutes".</extracomment>
        <translation>Time you gave: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Other people's ideas you agreed with: {count}</source>
        <translation>Other people's ideas you agreed with: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You said “not now” to:</source>
        <extracomment>in a person's record, over the questions they said "not now" to.</extracomment>
        <translation>You said “not now” to:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photo of another person</source>
        <extracomment>stands for a picture card that is a photo of someone else (not shown).</extracomment>
        <translation>Photo of another person</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions, in their record.</extracomment>
        <translation>What you said</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We hold nothing you said.</source>
        <extracomment>in a person's record, when they have no contributions.</extracomment>
        <translation>We hold nothing you said.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>In “{title}” on {date}:</source>
        <extracomment>above one of a person's contributions; {title} is the meeting, {date} the day.</extracomment>
        <translation>In “{title}” on {date}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You took this back on {date}.</source>
        <translation>You took this back on {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>✓ You said this is right.</source>
        <extracomment>under a contribution the person said was right.</extracomment>
        <translation>✓ You said this is right.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Made with support from your {role}.</source>
        <extracomment>under a contribution made with help; {role} is supporter, advocate or interpreter.</extracomment>
        <translation>Made with support from your {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Question: {prompt}</source>
        <extracomment>under a contribution; {prompt} is the question it answered.</extracomment>
        <translation>Question: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your expenses</source>
        <extracomment>heading over a person's expenses, in their record.</extracomment>
        <translation>Your expenses</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{title}: {kind}, {miles} miles</source>
        <translation>{title}: {kind}, {miles} miles</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{title}: {kind}, {amount}</source>
        <translation>{title}: {kind}, {amount}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>supporter</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>supporter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>advocate</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>advocate</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>interpreter</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>interpreter</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Someone no longer on the list</source>
        <extracomment>stands for a person who has since been taken off the meeting's list.</extracomment>
        <translation>Someone no longer on the list</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Not shared outside the room, as they asked.</source>
        <extracomment>in place of a person's words, when they asked that their words are not used outside the meeting.</extracomment>
        <translation>Not shared outside the room, as they asked.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from {supporter} ({role}):</source>
        <extracomment>above a person's words, made with someone's help; {supporter} is the helper's name, {role} their role (supporter, advocate, interpreter).</extracomment>
        <translation>{name} said, with support from {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from their {role}:</source>
        <extracomment>above a person's words, made with the help of someone not named.</extracomment>
        <translation>{name} said, with support from their {role}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said:</source>
        <extracomment>above a person's words; {name} is the name they chose to be credited by.</extracomment>
        <translation>{name} said:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from {supporter} ({role}):</source>
        <extracomment>above the picture cards a person chose with someone's help.</extracomment>
        <translation>{name} chose these pictures, with support from {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from their {role}:</source>
        <translation>{name} chose these pictures, with support from their {role}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures:</source>
        <extracomment>above the picture cards a person chose, when they said no words.</extracomment>
        <translation>{name} chose these pictures:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ Confirmed: they said this is right.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>{name} agrees.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: "Priya, Sam and Dot".</extracomment>
        <translation>{names} and {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>{names} agree.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What we decided</source>
        <extracomment>heading over the list of what the group decided in the meeting.</extracomment>
        <translation>What we decided</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What happens next</source>
        <extracomment>heading over the list of actions after the meeting.</extracomment>
        <translation>What happens next</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Our next meeting</source>
        <extracomment>heading over when and where the group meets next (the facilitator's words).</extracomment>
        <translation>Our next meeting</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Who to contact</source>
        <extracomment>heading over who to contact about the meeting, and how.</extracomment>
        <translation>Who to contact</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0.</source>
        <extracomment>credit for the OpenMoji pictures, as their licence asks. Keep "OpenMoji", "openmoji.org" and "CC BY-SA 4.0" as they are.</extracomment>
        <translation>Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>not given</source>
        <extracomment>in a picture's credit, for who made it or its licence when nobody said.</extracomment>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>“{label}”: {author}. Licence: {licence}.</source>
        <extracomment>credit for a picture someone brought: its label, who made it, its licence.</extracomment>
        <translation>“{label}”: {author}. Licence: {licence}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>About the pictures</source>
        <extracomment>heading over the credits for the pictures used.</extracomment>
        <translation>About the pictures</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Why we met: {purpose}</source>
        <extracomment>why the meeting was held; {purpose} is the facilitator's own short line.</extracomment>
        <translation>Why we met: {purpose}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>What we talked about</source>
        <extracomment>heading over the list of questions the meeting talked about.</extracomment>
        <translation>What we talked about</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody has been added to this meeting yet.</source>
        <translation>Nobody has been added to this meeting yet.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Other things people said</source>
        <extracomment>heading over what people said that was not an answer to a question.</extracomment>
        <translation>Other things people said</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Thank you to everyone who took part.</source>
        <extracomment>the last line of the group summary.</extracomment>
        <translation>Thank you to everyone who took part.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Meeting summary</source>
        <extracomment>the PDF's subject, shown in a PDF reader's document properties.</extracomment>
        <translation>Meeting summary</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody added anything here.</source>
        <extracomment>under a question nobody answered.</extracomment>
        <translation>Nobody added anything here.</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>Thank you, {name}.</source>
        <extracomment>the first line of a person's take-home sheet, in large type; {name} is the name they like to be called. (A name ending in a full stop, such as "T.N.", loses it here: "Thank you, T.N." rather than "T.N..".)</extracomment>
        <translation>Thank you, {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Thank you for coming.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>Thank you for coming.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You did not add anything this time. That is fine.</source>
        <extracomment>on the sheet of someone who took part without adding anything: kind, not a failure.</extracomment>
        <translation>You did not add anything this time. That is fine.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Being there is taking part.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>Being there is taking part.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you agreed with</source>
        <extracomment>heading over what other people said that this person agreed with.</extracomment>
        <translation>What you agreed with</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your take-home sheet</source>
        <extracomment>the PDF's subject for one person's take-home sheet.</extracomment>
        <translation>Your take-home sheet</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date} at {place}.</source>
        <extracomment>the meeting in one line on a take-home sheet; {title} is the meeting's title.</extracomment>
        <translation>You came to “{title}” on {date} at {place}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date}.</source>
        <extracomment>the meeting in one line on a take-home sheet, when it has no place set.</extracomment>
        <translation>You came to “{title}” on {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions on their take-home sheet.</extracomment>
        <translation>What you said</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Other things you said</source>
        <extracomment>heading over what a person said that was not an answer to a question.</extracomment>
        <translation>Other things you said</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your words are in the group summary too.</source>
        <extracomment>on a person's take-home sheet, after their own words.</extracomment>
        <translation>Your words are in the group summary too.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} said: {words}</source>
        <translation>{name} said: {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>, </source>
        <extracomment>put between the labels of the pictures someone chose.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} chose the pictures: {pictures}.</source>
        <extracomment>{pictures} is the labels of the picture cards they chose.</extracomment>
        <translation>{name} chose the pictures: {pictures}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{text}.</source>
        <extracomment>the meeting's title, then its date, each read aloud as a sentence of its own. Use your language's full stop (Urdu: "{text}۔").</extracomment>
        <translation>{text}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>This is what {name} said.</source>
        <extracomment>read aloud at the start of a person's take-home recording.</extracomment>
        <translation>This is what {name} said.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} did not add anything this time. Thank you for coming.</source>
        <extracomment>read aloud to someone who took part without adding anything.</extracomment>
        <translation>{name} did not add anything this time. Thank you for coming.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>The question was: {question}</source>
        <translation>The question was: {question}</translation>
    </message>
</context>
</TS>
