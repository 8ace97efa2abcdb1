<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Card</name>
    <message>
        <source>Very good</source>
        <extracomment>Picture card “feeling-very-good” in the group “Feelings”. English synonyms: brilliant, excellent, really good, fantastic, very happy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>Picture card “feeling-good” in the group “Feelings”. English synonyms: fine, all right, nice, like it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Okay</source>
        <extracomment>Picture card “feeling-okay” in the group “Feelings”. English synonyms: ok, so-so, in between, not bad, average. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tak sobie</translation>
    </message>
    <message>
        <source>Not good</source>
        <extracomment>Picture card “feeling-not-good” in the group “Feelings”. English synonyms: bad, not nice, unhappy, don't like, disappointed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Niedobrze</translation>
    </message>
    <message>
        <source>Very bad</source>
        <extracomment>Picture card “feeling-very-bad” in the group “Feelings”. English synonyms: awful, terrible, really bad, horrible, hate it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>Picture card “feeling-not-sure” in the group “Feelings”. English synonyms: unsure, maybe, don't mind, thinking about it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nie wiem na pewno</translation>
    </message>
    <message>
        <source>Don't want to say</source>
        <extracomment>Picture card “response-dont-want-to-say” in the group “Feelings”. English synonyms: rather not say, pass, skip, no comment, keep it to myself. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nie chcę mówić</translation>
    </message>
    <message>
        <source>Happy</source>
        <extracomment>Picture card “feeling-happy” in the group “Feelings”. English synonyms: glad, pleased, cheerful, smile, joy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Szczęśliwy</translation>
    </message>
    <message>
        <source>Sad</source>
        <extracomment>Picture card “feeling-sad” in the group “Feelings”. English synonyms: unhappy, down, crying, tearful, low. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Smutny</translation>
    </message>
    <message>
        <source>Angry</source>
        <extracomment>Picture card “feeling-angry” in the group “Feelings”. English synonyms: cross, mad, furious, annoyed, livid. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zły</translation>
    </message>
    <message>
        <source>Scared</source>
        <extracomment>Picture card “feeling-scared” in the group “Feelings”. English synonyms: frightened, afraid, fear, terrified. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Przestraszony</translation>
    </message>
    <message>
        <source>Worried</source>
        <extracomment>Picture card “response-worried” in the group “Feelings”. English synonyms: anxious, worry, concerned, nervous about, anxiety. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zmartwiony</translation>
    </message>
    <message>
        <source>Calm</source>
        <extracomment>Picture card “feeling-calm” in the group “Feelings”. English synonyms: relaxed, peaceful, chilled, settled. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Spokojny</translation>
    </message>
    <message>
        <source>Excited</source>
        <extracomment>Picture card “feeling-excited” in the group “Feelings”. English synonyms: can't wait, thrilled, amazed, looking forward. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Podekscytowany</translation>
    </message>
    <message>
        <source>Funny</source>
        <extracomment>Picture card “feeling-funny” in the group “Feelings”. English synonyms: laugh, laughing, joke, hilarious. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zabawne</translation>
    </message>
    <message>
        <source>Loved</source>
        <extracomment>Picture card “feeling-loved” in the group “Feelings”. English synonyms: cared for, appreciated, special, cared about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kochany</translation>
    </message>
    <message>
        <source>Surprised</source>
        <extracomment>Picture card “feeling-surprised” in the group “Feelings”. English synonyms: shocked, wow, amazed, unexpected. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zaskoczony</translation>
    </message>
    <message>
        <source>Confused</source>
        <extracomment>Picture card “feeling-confused” in the group “Feelings”. English synonyms: don't understand, muddled, puzzled, lost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zdezorientowany</translation>
    </message>
    <message>
        <source>Bored</source>
        <extracomment>Picture card “feeling-bored” in the group “Feelings”. English synonyms: boring, nothing to do, dull, same old. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Znudzony</translation>
    </message>
    <message>
        <source>Fed up</source>
        <extracomment>Picture card “feeling-fed-up” in the group “Feelings”. English synonyms: sick of it, had enough, annoyed, not again. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mam dość</translation>
    </message>
    <message>
        <source>Embarrassed</source>
        <extracomment>Picture card “feeling-embarrassed” in the group “Feelings”. English synonyms: shy, awkward, ashamed, red face. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zawstydzony</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <extracomment>Picture card “feeling-frustrated” in the group “Feelings”. English synonyms: irritated, wound up, stuck, can't do it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sfrustrowany</translation>
    </message>
    <message>
        <source>Lonely</source>
        <extracomment>Picture card “feeling-lonely” in the group “Feelings”. English synonyms: alone, on my own, isolated, miss people, no one to talk to. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Samotny</translation>
    </message>
    <message>
        <source>Nervous</source>
        <extracomment>Picture card “feeling-nervous” in the group “Feelings”. English synonyms: on edge, tense, jittery, butterflies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zdenerwowany</translation>
    </message>
    <message>
        <source>Upset</source>
        <extracomment>Picture card “feeling-upset” in the group “Feelings”. English synonyms: very sad, crying, in tears, distressed, hurt. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Przykro mi</translation>
    </message>
    <message>
        <source>Stressed</source>
        <extracomment>Picture card “feeling-stressed” in the group “Feelings”. English synonyms: stress, under pressure, overwhelmed, too much. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zestresowany</translation>
    </message>
    <message>
        <source>Heartbroken</source>
        <extracomment>Picture card “feeling-heartbroken” in the group “Feelings”. English synonyms: broken heart, grief, bereaved, loss, miss someone. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Złamane serce</translation>
    </message>
    <message>
        <source>Tired</source>
        <extracomment>Picture card “feeling-tired” in the group “Feelings”. English synonyms: sleepy, worn out, exhausted, yawn. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zmęczony</translation>
    </message>
    <message>
        <source>Pain</source>
        <extracomment>Picture card “feeling-pain” in the group “Feelings”. English synonyms: hurt, hurts, ache, sore, painful, injury. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ból</translation>
    </message>
    <message>
        <source>Ill</source>
        <extracomment>Picture card “feeling-ill” in the group “Feelings”. English synonyms: poorly, unwell, sick, not well, under the weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Chory</translation>
    </message>
    <message>
        <source>Feel sick</source>
        <extracomment>Picture card “feeling-sick” in the group “Feelings”. English synonyms: nausea, queasy, sick feeling, upset stomach. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mdłości</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <extracomment>Picture card “feeling-dizzy” in the group “Feelings”. English synonyms: light-headed, woozy, wobbly, faint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zawroty głowy</translation>
    </message>
    <message>
        <source>Hungry</source>
        <extracomment>Picture card “feeling-hungry” in the group “Feelings”. English synonyms: starving, peckish, want food, yummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Głodny</translation>
    </message>
    <message>
        <source>Hot</source>
        <extracomment>Picture card “feeling-hot” in the group “Feelings”. English synonyms: too hot, warm, sweaty, boiling. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gorąco</translation>
    </message>
    <message>
        <source>Cold</source>
        <extracomment>Picture card “feeling-cold” in the group “Feelings”. English synonyms: too cold, chilly, freezing, shivering. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zimno</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Picture card “response-yes” in the group “Responses”. English synonyms: yeah, yep, correct, yes please. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Picture card “response-no” in the group “Responses”. English synonyms: nope, wrong, not right, incorrect. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Agree</source>
        <extracomment>Picture card “response-agree” in the group “Responses”. English synonyms: thumbs up, me too, I agree, yes to that, for it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <source>Disagree</source>
        <extracomment>Picture card “response-disagree” in the group “Responses”. English synonyms: thumbs down, don't agree, not for me, against. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nie zgadzam się</translation>
    </message>
    <message>
        <source>Don't know</source>
        <extracomment>Picture card “response-dont-know” in the group “Responses”. English synonyms: no idea, not know, dunno, no clue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Idea</source>
        <extracomment>Picture card “response-idea” in the group “Responses”. English synonyms: suggestion, good idea, think of, what if. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Picture card “response-question” in the group “Responses”. English synonyms: ask, asking, query, wondering, questions. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Picture card “response-stop” in the group “Responses”. English synonyms: enough, no more, halt, leave it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Picture card “response-help” in the group “Responses”. English synonyms: help me, support, need help, assistance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>My turn</source>
        <extracomment>Picture card “response-my-turn” in the group “Responses”. English synonyms: me next, can I say, I want to say, my go. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Moja kolej</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Picture card “response-thank-you” in the group “Responses”. English synonyms: thanks, please, grateful, cheers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dziękuję</translation>
    </message>
    <message>
        <source>Well done</source>
        <extracomment>Picture card “response-well-done” in the group “Responses”. English synonyms: clap, applause, good job, brilliant. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Brawo</translation>
    </message>
    <message>
        <source>Great</source>
        <extracomment>Picture card “response-great” in the group “Responses”. English synonyms: star, excellent, amazing, the best. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Super</translation>
    </message>
    <message>
        <source>Love</source>
        <extracomment>Picture card “response-love” in the group “Responses”. English synonyms: love it, really like, favourite, lovely, adore. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kocham</translation>
    </message>
    <message>
        <source>Hello</source>
        <extracomment>Picture card “response-hello” in the group “Responses”. English synonyms: hi, goodbye, bye, wave, see you. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cześć</translation>
    </message>
    <message>
        <source>Sorry</source>
        <extracomment>Picture card “response-sorry” in the group “Responses”. English synonyms: apologise, apology, my fault, forgive. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Przepraszam</translation>
    </message>
    <message>
        <source>Important</source>
        <extracomment>Picture card “response-important” in the group “Responses”. English synonyms: matters, really important, priority, key point. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ważne</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>Picture card “response-more” in the group “Responses”. English synonyms: extra, increase, more please, another. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>Picture card “response-less” in the group “Responses”. English synonyms: fewer, not so much, reduce, smaller. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mniej</translation>
    </message>
    <message>
        <source>Break</source>
        <extracomment>Picture card “response-break” in the group “Responses”. English synonyms: rest, pause, cup of tea, time out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Picture card “people-me” in the group “People”. English synonyms: myself, mine, my own. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Picture card “people-you” in the group “People”. English synonyms: yourself, your turn, you too. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>Picture card “topic-family” in the group “People”. English synonyms: relatives, parents, children, home life, next of kin. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Mum</source>
        <extracomment>Picture card “people-mum” in the group “People”. English synonyms: mother, mam, mom, mummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mama</translation>
    </message>
    <message>
        <source>Dad</source>
        <extracomment>Picture card “people-dad” in the group “People”. English synonyms: father, daddy, papa, dads. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tata</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>Picture card “people-partner” in the group “People”. English synonyms: boyfriend, girlfriend, husband, wife, couple. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Friends</source>
        <extracomment>Picture card “topic-friends” in the group “People”. English synonyms: friend, mate, pal, buddy, hug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Przyjaciele</translation>
    </message>
    <message>
        <source>Man</source>
        <extracomment>Picture card “people-man” in the group “People”. English synonyms: men, gentleman, male, bloke. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Woman</source>
        <extracomment>Picture card “people-woman” in the group “People”. English synonyms: women, lady, female, ladies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Picture card “people-children” in the group “People”. English synonyms: child, kids, kid, young people, son, daughter. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Baby</source>
        <extracomment>Picture card “people-baby” in the group “People”. English synonyms: babies, newborn, infant, little one. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Niemowlę</translation>
    </message>
    <message>
        <source>Older person</source>
        <extracomment>Picture card “people-older-person” in the group “People”. English synonyms: old, elderly, grandparent, nan, grandad. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Osoba starsza</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Picture card “people-group” in the group “People”. English synonyms: everyone, team, all of us, together, groups. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Picture card “people-someone” in the group “People”. English synonyms: somebody, a person, stranger, someone else. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ktoś</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Picture card “topic-staff” in the group “People”. English synonyms: worker, name badge, employee, manager, team member. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Carer</source>
        <extracomment>Picture card “topic-carer” in the group “People”. English synonyms: support worker, care worker, personal assistant, helper, PA. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Doctor</source>
        <extracomment>Picture card “topic-doctor” in the group “People”. English synonyms: doctors, health worker, consultant, medic. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lekarz</translation>
    </message>
    <message>
        <source>Nurse</source>
        <extracomment>Picture card “topic-nurse” in the group “People”. English synonyms: nurses, district nurse, community nurse, matron. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pielęgniarka</translation>
    </message>
    <message>
        <source>Social worker</source>
        <extracomment>Picture card “people-social-worker” in the group “People”. English synonyms: social services, case worker, care manager, assessment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Picture card “people-teacher” in the group “People”. English synonyms: tutor, lecturer, trainer, teaching. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nauczyciel</translation>
    </message>
    <message>
        <source>Student</source>
        <extracomment>Picture card “people-student” in the group “People”. English synonyms: learner, pupil, graduate, studying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Student</translation>
    </message>
    <message>
        <source>Researcher</source>
        <extracomment>Picture card “people-researcher” in the group “People”. English synonyms: research, scientist, university, study. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Badacz</translation>
    </message>
    <message>
        <source>Cook</source>
        <extracomment>Picture card “people-cook” in the group “People”. English synonyms: chef, kitchen staff, catering, cooks. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kucharz</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Picture card “people-police” in the group “People”. English synonyms: police officer, policeman, policewoman, PCSO, copper. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Policja</translation>
    </message>
    <message>
        <source>Firefighter</source>
        <extracomment>Picture card “people-firefighter” in the group “People”. English synonyms: fireman, fire brigade, fire service, firefighters. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Strażak</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Picture card “topic-home” in the group “Places”. English synonyms: house, my home, where I live, flat, at home. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Day centre</source>
        <extracomment>Picture card “places-day-centre” in the group “Places”. English synonyms: day service, centre, club, drop-in, resource centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ośrodek dzienny</translation>
    </message>
    <message>
        <source>Hospital</source>
        <extracomment>Picture card “topic-hospital” in the group “Places”. English synonyms: ward, A and E, clinic, outpatients, hospitals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Szpital</translation>
    </message>
    <message>
        <source>GP</source>
        <extracomment>Picture card “places-gp” in the group “Places”. English synonyms: doctor's surgery, surgery, doctor, health centre, family doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lekarz rodzinny</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <extracomment>Picture card “places-pharmacy” in the group “Places”. English synonyms: chemist, chemist's, pharmacist, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Apteka</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>Picture card “places-office” in the group “Places”. English synonyms: offices, building, workplace, reception. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Biuro</translation>
    </message>
    <message>
        <source>Council</source>
        <extracomment>Picture card “places-council” in the group “Places”. English synonyms: town hall, local authority, government, civic centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Urząd</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Picture card “places-community” in the group “Places”. English synonyms: neighbourhood, local area, neighbours, estate, local community. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Społeczność</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>Picture card “places-town” in the group “Places”. English synonyms: town centre, city, high street, city centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Park</source>
        <extracomment>Picture card “places-park” in the group “Places”. English synonyms: outside, outdoors, trees, green space, nature. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Park</translation>
    </message>
    <message>
        <source>Shop</source>
        <extracomment>Picture card “places-shop” in the group “Places”. English synonyms: shops, supermarket, corner shop, store. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Cafe</source>
        <extracomment>Picture card “places-cafe” in the group “Places”. English synonyms: coffee shop, canteen, tea room, cafes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kawiarnia</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <extracomment>Picture card “places-restaurant” in the group “Places”. English synonyms: eating out, meal out, dinner out, takeaway. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Restauracja</translation>
    </message>
    <message>
        <source>Pub</source>
        <extracomment>Picture card “places-pub” in the group “Places”. English synonyms: bar, beer garden, social club, drinks out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Picture card “places-library” in the group “Places”. English synonyms: libraries, borrow books, books, reading room. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Cinema</source>
        <extracomment>Picture card “places-cinema” in the group “Places”. English synonyms: films, film, movie, movies, pictures. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kino</translation>
    </message>
    <message>
        <source>Gym</source>
        <extracomment>Picture card “places-gym” in the group “Places”. English synonyms: fitness, weights, leisure centre, work out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Siłownia</translation>
    </message>
    <message>
        <source>Church</source>
        <extracomment>Picture card “places-church” in the group “Places”. English synonyms: chapel, religion, Christian, service. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kościół</translation>
    </message>
    <message>
        <source>Mosque</source>
        <extracomment>Picture card “places-mosque” in the group “Places”. English synonyms: masjid, Muslim, Islam, prayers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Meczet</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <extracomment>Picture card “places-worship” in the group “Places”. English synonyms: worship, faith, pray, prayer, temple, synagogue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Miejsce kultu</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>Picture card “places-bank” in the group “Places”. English synonyms: banks, building society, cash machine, cashpoint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Hairdresser</source>
        <extracomment>Picture card “places-hairdresser” in the group “Places”. English synonyms: haircut, barber, hair, salon. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fryzjer</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>Picture card “places-bedroom” in the group “Places”. English synonyms: bed, my room, room, bedrooms. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sypialnia</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>Picture card “places-living-room” in the group “Places”. English synonyms: lounge, sitting room, sofa, settee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Lift</source>
        <extracomment>Picture card “places-lift” in the group “Places”. English synonyms: elevator, lifts, going up, going down. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Winda</translation>
    </message>
    <message>
        <source>Stairs</source>
        <extracomment>Picture card “places-stairs” in the group “Places”. English synonyms: steps, staircase, upstairs, downstairs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Schody</translation>
    </message>
    <message>
        <source>Transport</source>
        <extracomment>Picture card “topic-transport” in the group “Places”. English synonyms: travel, getting there, journey, coach, getting about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Bus</source>
        <extracomment>Picture card “places-bus” in the group “Places”. English synonyms: buses, bus ride, public transport, double decker. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Autobus</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <extracomment>Picture card “places-bus-stop” in the group “Places”. English synonyms: bus station, waiting for the bus, bus shelter, bus timetable. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Przystanek</translation>
    </message>
    <message>
        <source>Minibus</source>
        <extracomment>Picture card “places-minibus” in the group “Places”. English synonyms: van, community transport, ring and ride, dial a ride. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Picture card “places-train” in the group “Places”. English synonyms: trains, railway, station, tram. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pociąg</translation>
    </message>
    <message>
        <source>Taxi</source>
        <extracomment>Picture card “places-taxi” in the group “Places”. English synonyms: cab, taxis, minicab, uber. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Taksówka</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Picture card “places-car” in the group “Places”. English synonyms: cars, driving, drive, lift in a car. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Samochód</translation>
    </message>
    <message>
        <source>Bike</source>
        <extracomment>Picture card “places-bike” in the group “Places”. English synonyms: bicycle, cycling, cycle, ride a bike. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rower</translation>
    </message>
    <message>
        <source>Plane</source>
        <extracomment>Picture card “places-plane” in the group “Places”. English synonyms: aeroplane, flying, flight, airport. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Samolot</translation>
    </message>
    <message>
        <source>Food</source>
        <extracomment>Picture card “topic-food” in the group “Daily life”. English synonyms: eat, eating, meal, meals, dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Jedzenie</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>Picture card “topic-drink” in the group “Daily life”. English synonyms: drinks, drinking, thirsty, cup. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Picie</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <extracomment>Picture card “daily-breakfast” in the group “Daily life”. English synonyms: cereal, porridge, morning meal, brekkie. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Śniadanie</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Picture card “daily-lunch” in the group “Daily life”. English synonyms: sandwich, sandwiches, dinner time, packed lunch, midday meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Obiad</translation>
    </message>
    <message>
        <source>Evening meal</source>
        <extracomment>Picture card “daily-evening-meal” in the group “Daily life”. English synonyms: supper, dinner, hot meal, stew, teatime meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kolacja</translation>
    </message>
    <message>
        <source>Cooking</source>
        <extracomment>Picture card “daily-cooking” in the group “Daily life”. English synonyms: kitchen, make food, fry, baking, make dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gotowanie</translation>
    </message>
    <message>
        <source>Fruit</source>
        <extracomment>Picture card “daily-fruit” in the group “Daily life”. English synonyms: apple, apples, banana, orange, five a day. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Owoce</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <extracomment>Picture card “daily-vegetables” in the group “Daily life”. English synonyms: veg, veggies, carrot, carrots, greens. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Warzywa</translation>
    </message>
    <message>
        <source>Sweets</source>
        <extracomment>Picture card “daily-sweets” in the group “Daily life”. English synonyms: sweet, chocolate, treats, candy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Słodycze</translation>
    </message>
    <message>
        <source>Cake</source>
        <extracomment>Picture card “daily-cake” in the group “Daily life”. English synonyms: cakes, biscuits, pudding, dessert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ciasto</translation>
    </message>
    <message>
        <source>Pizza</source>
        <extracomment>Picture card “daily-pizza” in the group “Daily life”. English synonyms: pizzas, takeaway, fast food, slice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>Chips</source>
        <extracomment>Picture card “daily-chips” in the group “Daily life”. English synonyms: fries, fish and chips, chippy, crisps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Frytki</translation>
    </message>
    <message>
        <source>Tea</source>
        <extracomment>Picture card “daily-tea” in the group “Daily life”. English synonyms: cuppa, cup of tea, teapot, brew, coffee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Herbata</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Picture card “daily-water” in the group “Daily life”. English synonyms: glass of water, tap water, thirsty, drink of water. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Woda</translation>
    </message>
    <message>
        <source>Juice</source>
        <extracomment>Picture card “daily-juice” in the group “Daily life”. English synonyms: orange juice, squash, fruit juice, pop. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sok</translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>Picture card “topic-money” in the group “Daily life”. English synonyms: cash, pounds, pay, payment, cost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Bank card</source>
        <extracomment>Picture card “daily-bank-card” in the group “Daily life”. English synonyms: debit card, contactless, credit card, cash card. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Karta bankowa</translation>
    </message>
    <message>
        <source>Bills</source>
        <extracomment>Picture card “daily-bills” in the group “Daily life”. English synonyms: bill, receipt, rent, council tax, paying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rachunki</translation>
    </message>
    <message>
        <source>Purse</source>
        <extracomment>Picture card “daily-purse” in the group “Daily life”. English synonyms: wallet, my money, pocket money, spending money. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Portmonetka</translation>
    </message>
    <message>
        <source>Shopping</source>
        <extracomment>Picture card “topic-shopping” in the group “Daily life”. English synonyms: trolley, groceries, buy, buying, go shopping. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zakupy</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>Picture card “topic-work” in the group “Daily life”. English synonyms: job, working, employment, volunteering, paid work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Praca</translation>
    </message>
    <message>
        <source>College</source>
        <extracomment>Picture card “topic-college” in the group “Daily life”. English synonyms: school, university, class, course, learning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Szkoła</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Picture card “topic-phone” in the group “Daily life”. English synonyms: mobile, mobile phone, phone call, text, ring. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Computer</source>
        <extracomment>Picture card “daily-computer” in the group “Daily life”. English synonyms: laptop, PC, online, zoom, video call. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Komputer</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <extracomment>Picture card “daily-letter” in the group “Daily life”. English synonyms: letters, post, envelope, mail. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>List</translation>
    </message>
    <message>
        <source>TV</source>
        <extracomment>Picture card “daily-tv” in the group “Daily life”. English synonyms: television, telly, watch TV, programmes, soaps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Telewizja</translation>
    </message>
    <message>
        <source>Radio</source>
        <extracomment>Picture card “daily-radio” in the group “Daily life”. English synonyms: listen to the radio, podcast, wireless, radio station. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>Picture card “topic-sleep” in the group “Daily life”. English synonyms: sleeping, bed, asleep, nap, go to bed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Washing</source>
        <extracomment>Picture card “topic-washing” in the group “Daily life”. English synonyms: wash, shower, showering, personal care, clean. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mycie</translation>
    </message>
    <message>
        <source>Bath</source>
        <extracomment>Picture card “daily-bath” in the group “Daily life”. English synonyms: bathroom, bathing, bath time, have a bath. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kąpiel</translation>
    </message>
    <message>
        <source>Brush teeth</source>
        <extracomment>Picture card “daily-brush-teeth” in the group “Daily life”. English synonyms: toothbrush, teeth cleaning, brushing teeth, toothpaste. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mycie zębów</translation>
    </message>
    <message>
        <source>Toilet</source>
        <extracomment>Picture card “topic-toilet” in the group “Daily life”. English synonyms: loo, bathroom, toilets, wee, poo. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Toaleta</translation>
    </message>
    <message>
        <source>Clothes</source>
        <extracomment>Picture card “daily-clothes” in the group “Daily life”. English synonyms: clothing, get dressed, dressing, outfit, wear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ubrania</translation>
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Picture card “daily-shoes” in the group “Daily life”. English synonyms: trainers, shoe, footwear, boots. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Buty</translation>
    </message>
    <message>
        <source>Laundry</source>
        <extracomment>Picture card “daily-laundry” in the group “Daily life”. English synonyms: washing machine, washing clothes, ironing, clean clothes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pranie</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <extracomment>Picture card “daily-cleaning” in the group “Daily life”. English synonyms: tidy, tidying, housework, hoover, sweep. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sprzątanie</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Picture card “daily-keys” in the group “Daily life”. English synonyms: key, door key, lock up, house keys. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Klucze</translation>
    </message>
    <message>
        <source>Activities</source>
        <extracomment>Picture card “topic-activities” in the group “Daily life”. English synonyms: things to do, activity, hobby, hobbies, crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Art</source>
        <extracomment>Picture card “daily-art” in the group “Daily life”. English synonyms: painting, paint, drawing, draw, arts and crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sztuka</translation>
    </message>
    <message>
        <source>Music</source>
        <extracomment>Picture card “topic-music” in the group “Daily life”. English synonyms: songs, song, listen to music, band, concert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Muzyka</translation>
    </message>
    <message>
        <source>Singing</source>
        <extracomment>Picture card “daily-singing” in the group “Daily life”. English synonyms: sing, karaoke, choir, singer. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Śpiewanie</translation>
    </message>
    <message>
        <source>Dancing</source>
        <extracomment>Picture card “daily-dancing” in the group “Daily life”. English synonyms: dance, disco, dancer, party dance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Taniec</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Picture card “daily-reading” in the group “Daily life”. English synonyms: read, book, story, magazine. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Czytanie</translation>
    </message>
    <message>
        <source>Writing</source>
        <extracomment>Picture card “daily-writing” in the group “Daily life”. English synonyms: write, writer, handwriting, pen. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pisanie</translation>
    </message>
    <message>
        <source>Games</source>
        <extracomment>Picture card “daily-games” in the group “Daily life”. English synonyms: board games, dice, bingo, card games, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gry</translation>
    </message>
    <message>
        <source>Video games</source>
        <extracomment>Picture card “daily-video-games” in the group “Daily life”. English synonyms: computer games, gaming, PlayStation, Xbox, console. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gry wideo</translation>
    </message>
    <message>
        <source>Puzzles</source>
        <extracomment>Picture card “daily-puzzles” in the group “Daily life”. English synonyms: jigsaw, puzzle, crossword, quiz. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Łamigłówki</translation>
    </message>
    <message>
        <source>Knitting</source>
        <extracomment>Picture card “daily-knitting” in the group “Daily life”. English synonyms: knit, wool, crochet, sewing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Robienie na drutach</translation>
    </message>
    <message>
        <source>Gardening</source>
        <extracomment>Picture card “daily-gardening” in the group “Daily life”. English synonyms: garden, gardener, plants, flowers, allotment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ogrodnictwo</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Picture card “daily-fishing” in the group “Daily life”. English synonyms: fish, angling, fishing rod, go fishing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wędkowanie</translation>
    </message>
    <message>
        <source>Bowling</source>
        <extracomment>Picture card “daily-bowling” in the group “Daily life”. English synonyms: ten pin bowling, bowls, skittles, bowling alley. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kręgle</translation>
    </message>
    <message>
        <source>Pets</source>
        <extracomment>Picture card “daily-pets” in the group “Daily life”. English synonyms: dog, dogs, pet, cat, animals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zwierzęta domowe</translation>
    </message>
    <message>
        <source>Sport</source>
        <extracomment>Picture card “topic-sport” in the group “Daily life”. English synonyms: football, sports, match, team sport, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Swimming</source>
        <extracomment>Picture card “daily-swimming” in the group “Daily life”. English synonyms: swim, swimming pool, pool, swimming baths. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pływanie</translation>
    </message>
    <message>
        <source>Walking</source>
        <extracomment>Picture card “daily-walking” in the group “Daily life”. English synonyms: walk, go for a walk, on foot, stroll. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Spacer</translation>
    </message>
    <message>
        <source>Exercise</source>
        <extracomment>Picture card “daily-exercise” in the group “Daily life”. English synonyms: running, run, keep fit, jogging, get active. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Relax</source>
        <extracomment>Picture card “daily-relax” in the group “Daily life”. English synonyms: relaxing, yoga, meditation, chill out, mindfulness. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Relaks</translation>
    </message>
    <message>
        <source>Party</source>
        <extracomment>Picture card “daily-party” in the group “Daily life”. English synonyms: parties, celebration, disco night, party time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Impreza</translation>
    </message>
    <message>
        <source>Birthday</source>
        <extracomment>Picture card “daily-birthday” in the group “Daily life”. English synonyms: birthdays, birthday cake, my birthday, happy birthday. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Urodziny</translation>
    </message>
    <message>
        <source>Christmas</source>
        <extracomment>Picture card “daily-christmas” in the group “Daily life”. English synonyms: Xmas, festive, Christmas tree, holidays. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Boże Narodzenie</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Picture card “daily-present” in the group “Daily life”. English synonyms: gift, presents, gifts, wrapped present. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Prezent</translation>
    </message>
    <message>
        <source>Day out</source>
        <extracomment>Picture card “daily-day-out” in the group “Daily life”. English synonyms: trip, excursion, day trip, going out, days out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wycieczka</translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Picture card “topic-holiday” in the group “Daily life”. English synonyms: holidays, beach, seaside, going away, vacation. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wakacje</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Picture card “topic-health” in the group “Health”. English synonyms: healthy, check-up, health check, stethoscope, wellbeing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Medicines</source>
        <extracomment>Picture card “topic-medicines” in the group “Health”. English synonyms: medicine, tablets, pills, meds, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>Picture card “health-appointment” in the group “Health”. English synonyms: appointments, booking, check-up, clinic appointment, see the doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Mental health</source>
        <extracomment>Picture card “health-mental-health” in the group “Health”. English synonyms: mind, mental wellbeing, anxiety, depression, feelings. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zdrowie psychiczne</translation>
    </message>
    <message>
        <source>Headache</source>
        <extracomment>Picture card “health-headache” in the group “Health”. English synonyms: head hurts, migraine, sore head, head pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ból głowy</translation>
    </message>
    <message>
        <source>Earache</source>
        <extracomment>Picture card “health-earache” in the group “Health”. English synonyms: ear pain, sore ear, ear infection, ear hurts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ból ucha</translation>
    </message>
    <message>
        <source>Broken bone</source>
        <extracomment>Picture card “health-broken-bone” in the group “Health”. English synonyms: broken leg, broken arm, fracture, plaster cast. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Złamanie</translation>
    </message>
    <message>
        <source>Teeth</source>
        <extracomment>Picture card “health-teeth” in the group “Health”. English synonyms: tooth, dentist, toothache, dental. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zęby</translation>
    </message>
    <message>
        <source>Heart</source>
        <extracomment>Picture card “health-heart” in the group “Health”. English synonyms: heart problem, heartbeat, blood pressure, chest pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Serce</translation>
    </message>
    <message>
        <source>Breathing</source>
        <extracomment>Picture card “health-breathing” in the group “Health”. English synonyms: lungs, breath, asthma, short of breath, chest. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Oddychanie</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>Picture card “health-temperature” in the group “Health”. English synonyms: thermometer, fever, high temperature, hot and cold. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Cough</source>
        <extracomment>Picture card “health-cough” in the group “Health”. English synonyms: coughing, covid, chesty, sore throat. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kaszel</translation>
    </message>
    <message>
        <source>Sneezing</source>
        <extracomment>Picture card “health-sneezing” in the group “Health”. English synonyms: sneeze, runny nose, flu, hay fever, tissue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kichanie</translation>
    </message>
    <message>
        <source>Being sick</source>
        <extracomment>Picture card “health-being-sick” in the group “Health”. English synonyms: vomit, vomiting, throw up, throwing up, sick bug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wymioty</translation>
    </message>
    <message>
        <source>Face mask</source>
        <extracomment>Picture card “health-mask” in the group “Health”. English synonyms: mask, masks, infection, germs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Maseczka</translation>
    </message>
    <message>
        <source>Wash hands</source>
        <extracomment>Picture card “health-wash-hands” in the group “Health”. English synonyms: hand washing, hygiene, soap, clean hands. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mycie rąk</translation>
    </message>
    <message>
        <source>Injection</source>
        <extracomment>Picture card “health-injection” in the group “Health”. English synonyms: jab, vaccine, needle, vaccination, flu jab. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zastrzyk</translation>
    </message>
    <message>
        <source>Blood test</source>
        <extracomment>Picture card “health-blood-test” in the group “Health”. English synonyms: blood, blood sample, bleeding, blood tests. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Badanie krwi</translation>
    </message>
    <message>
        <source>Plaster</source>
        <extracomment>Picture card “health-plaster” in the group “Health”. English synonyms: plasters, cut, wound, bandage, graze. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plaster</translation>
    </message>
    <message>
        <source>X-ray</source>
        <extracomment>Picture card “health-x-ray” in the group “Health”. English synonyms: x-rays, scan, MRI, radiology. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rentgen</translation>
    </message>
    <message>
        <source>Weight</source>
        <extracomment>Picture card “health-weight” in the group “Health”. English synonyms: weigh, scales, weigh in, lose weight, BMI. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Healthy eating</source>
        <extracomment>Picture card “health-healthy-eating” in the group “Health”. English synonyms: salad, healthy food, diet, good food. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zdrowe jedzenie</translation>
    </message>
    <message>
        <source>Smoking</source>
        <extracomment>Picture card “health-smoking” in the group “Health”. English synonyms: smoke, cigarette, cigarettes, vaping, stop smoking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Palenie</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <extracomment>Picture card “health-alcohol” in the group “Health”. English synonyms: beer, wine, drinking alcohol, booze, lager. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <extracomment>Picture card “health-pregnant” in the group “Health”. English synonyms: pregnancy, expecting, having a baby, bump. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ciąża</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <extracomment>Picture card “health-ambulance” in the group “Health”. English synonyms: paramedic, 999, paramedics, blue lights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Karetka</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <extracomment>Picture card “topic-wheelchair” in the group “Health”. English synonyms: wheelchair user, wheelchairs, mobility, push chair. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wózek inwalidzki</translation>
    </message>
    <message>
        <source>Mobility scooter</source>
        <extracomment>Picture card “health-mobility-scooter” in the group “Health”. English synonyms: scooter, powered wheelchair, electric wheelchair, buggy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Skuter inwalidzki</translation>
    </message>
    <message>
        <source>Crutches</source>
        <extracomment>Picture card “health-crutches” in the group “Health”. English synonyms: crutch, walking aid, walking stick, walking frame. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kule</translation>
    </message>
    <message>
        <source>Hearing</source>
        <extracomment>Picture card “topic-hearing” in the group “Health”. English synonyms: hearing aid, ears, hard of hearing, hear, hearing loss. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Słuch</translation>
    </message>
    <message>
        <source>Deaf</source>
        <extracomment>Picture card “health-deaf” in the group “Health”. English synonyms: deafness, can't hear, sign language, BSL, deaf person. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Głuchy</translation>
    </message>
    <message>
        <source>Seeing</source>
        <extracomment>Picture card “topic-seeing” in the group “Health”. English synonyms: sight, eyes, eye, vision, eyesight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wzrok</translation>
    </message>
    <message>
        <source>Glasses</source>
        <extracomment>Picture card “health-glasses” in the group “Health”. English synonyms: spectacles, opticians, reading glasses, eye test. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Okulary</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Picture card “health-blind” in the group “Health”. English synonyms: sight loss, visually impaired, white cane, can't see, partially sighted. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Niewidomy</translation>
    </message>
    <message>
        <source>Guide dog</source>
        <extracomment>Picture card “health-guide-dog” in the group “Health”. English synonyms: assistance dog, guide dogs, dog, helper dog. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pies przewodnik</translation>
    </message>
    <message>
        <source>Choice</source>
        <extracomment>Picture card “rights-choice” in the group “Rights and safety”. English synonyms: choose, choices, decide, decision, options. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wybór</translation>
    </message>
    <message>
        <source>Say no</source>
        <extracomment>Picture card “rights-say-no” in the group “Rights and safety”. English synonyms: refuse, no thank you, don't want, consent, my choice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Powiedz nie</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Picture card “rights-rights” in the group “Rights and safety”. English synonyms: my rights, fair, law, justice, human rights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Prawa</translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Picture card “rights-equal” in the group “Rights and safety”. English synonyms: equality, equals, treated the same, equal rights, fair share. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Równość</translation>
    </message>
    <message>
        <source>Speak up</source>
        <extracomment>Picture card “rights-speak-up” in the group “Rights and safety”. English synonyms: speak out, advocacy, advocate, have your say, self-advocacy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zabierz głos</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>Picture card “rights-complaint” in the group “Rights and safety”. English synonyms: complain, complaints, not happy, make a complaint, moan. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Picture card “rights-information” in the group “Rights and safety”. English synonyms: info, find out, easy read, leaflet, tell me. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>Picture card “rights-private” in the group “Rights and safety”. English synonyms: privacy, secret, confidential, locked, personal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Prywatne</translation>
    </message>
    <message>
        <source>Safe</source>
        <extracomment>Picture card “topic-safety” in the group “Rights and safety”. English synonyms: safety, feel safe, protected, keep safe, safeguarding. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bezpiecznie</translation>
    </message>
    <message>
        <source>Not safe</source>
        <extracomment>Picture card “rights-unsafe” in the group “Rights and safety”. English synonyms: unsafe, danger, dangerous, risk, warning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Niebezpiecznie</translation>
    </message>
    <message>
        <source>Hitting</source>
        <extracomment>Picture card “rights-hitting” in the group “Rights and safety”. English synonyms: hit, punch, violence, hurt me, abuse, bullying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bicie</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <extracomment>Picture card “rights-not-allowed” in the group “Rights and safety”. English synonyms: forbidden, banned, no entry, rule, must not. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nie wolno</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>Picture card “rights-emergency” in the group “Rights and safety”. English synonyms: urgent, call 999, alarm, siren. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nagły wypadek</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>Picture card “rights-fire” in the group “Rights and safety”. English synonyms: fire alarm, burning, smoke alarm, flames. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pożar</translation>
    </message>
    <message>
        <source>Fire exit</source>
        <extracomment>Picture card “rights-fire-exit” in the group “Rights and safety”. English synonyms: emergency exit, way out, exit, escape. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wyjście ewakuacyjne</translation>
    </message>
    <message>
        <source>Accessible</source>
        <extracomment>Picture card “rights-accessible” in the group “Rights and safety”. English synonyms: access, disabled access, accessibility, ramp, blue badge. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dostępne</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Picture card “topic-time” in the group “Time”. English synonyms: clock, what time, o'clock, hour, timing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Picture card “topic-calendar” in the group “Time”. English synonyms: date, diary, month, dates, planner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Picture card “time-today” in the group “Time”. English synonyms: this day, tonight, right now. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Picture card “time-tomorrow” in the group “Time”. English synonyms: next day, the day after, tomorrow morning, tomorrow night. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Picture card “time-yesterday” in the group “Time”. English synonyms: the day before, last night, before, last time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>Picture card “time-morning” in the group “Time”. English synonyms: mornings, early, sunrise, first thing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rano</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <extracomment>Picture card “time-afternoon” in the group “Time”. English synonyms: afternoons, midday, daytime, after lunch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Popołudnie</translation>
    </message>
    <message>
        <source>Evening</source>
        <extracomment>Picture card “time-evening” in the group “Time”. English synonyms: evenings, teatime, sunset, after tea. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wieczór</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Picture card “time-night” in the group “Time”. English synonyms: nights, night time, dark, bedtime, overnight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Noc</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Picture card “time-week” in the group “Time”. English synonyms: weeks, weekly, this week, next week, weekend. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Soon</source>
        <extracomment>Picture card “time-soon” in the group “Time”. English synonyms: later, not yet, in a bit, shortly, future. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wkrótce</translation>
    </message>
    <message>
        <source>Wait</source>
        <extracomment>Picture card “time-wait” in the group “Time”. English synonyms: waiting, hold on, hang on, waiting time, queue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Czekaj</translation>
    </message>
    <message>
        <source>Wake up</source>
        <extracomment>Picture card “time-wake-up” in the group “Time”. English synonyms: alarm, alarm clock, get up, getting up. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pobudka</translation>
    </message>
    <message>
        <source>Spring</source>
        <extracomment>Picture card “time-spring” in the group “Time”. English synonyms: springtime, flowers, Easter, March. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wiosna</translation>
    </message>
    <message>
        <source>Summer</source>
        <extracomment>Picture card “time-summer” in the group “Time”. English synonyms: summertime, sunshine, ice cream, hot weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lato</translation>
    </message>
    <message>
        <source>Autumn</source>
        <extracomment>Picture card “time-autumn” in the group “Time”. English synonyms: fall, leaves, autumn leaves, October. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Jesień</translation>
    </message>
    <message>
        <source>Winter</source>
        <extracomment>Picture card “time-winter” in the group “Time”. English synonyms: snow, snowman, cold weather, wintertime. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zima</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Picture card “meeting-start” in the group “Meeting”. English synonyms: begin, let's go, play, starting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Picture card “meeting-finish” in the group “Meeting”. English synonyms: finished, end, done, all done, the end. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Talk</source>
        <extracomment>Picture card “meeting-talk” in the group “Meeting”. English synonyms: speak, tell, talking, speaking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mówić</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Picture card “meeting-listen” in the group “Meeting”. English synonyms: hear, listening, pay attention, ear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Słuchać</translation>
    </message>
    <message>
        <source>Look</source>
        <extracomment>Picture card “meeting-look” in the group “Meeting”. English synonyms: watch, looking, show me, have a look. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Patrzeć</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>Picture card “meeting-think” in the group “Meeting”. English synonyms: thinking, remember, memory, thought, forget. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Myśleć</translation>
    </message>
    <message>
        <source>Discuss</source>
        <extracomment>Picture card “meeting-discuss” in the group “Meeting”. English synonyms: discussion, chat, conversation, talk about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dyskusja</translation>
    </message>
    <message>
        <source>Work together</source>
        <extracomment>Picture card “meeting-work-together” in the group “Meeting”. English synonyms: teamwork, partnership, co-production, handshake, deal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Współpraca</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Picture card “meeting-vote” in the group “Meeting”. English synonyms: voting, ballot, election, decide together. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Głosowanie</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>Picture card “meeting-results” in the group “Meeting”. English synonyms: chart, scores, count, outcome. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Hand up</source>
        <extracomment>Picture card “meeting-hand-up” in the group “Meeting”. English synonyms: raise your hand, put your hand up, wait please, hand. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ręka w górę</translation>
    </message>
    <message>
        <source>Quiet please</source>
        <extracomment>Picture card “meeting-quiet” in the group “Meeting”. English synonyms: quiet, shh, too noisy, noise, be quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Proszę o ciszę</translation>
    </message>
    <message>
        <source>Louder</source>
        <extracomment>Picture card “meeting-louder” in the group “Meeting”. English synonyms: can't hear, speak up please, volume up, too quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Głośniej</translation>
    </message>
    <message>
        <source>Slow down</source>
        <extracomment>Picture card “meeting-slow-down” in the group “Meeting”. English synonyms: slower, too fast, slowly, take your time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wolniej</translation>
    </message>
    <message>
        <source>Say again</source>
        <extracomment>Picture card “meeting-say-again” in the group “Meeting”. English synonyms: repeat, pardon, what did you say, one more time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Picture card “meeting-change” in the group “Meeting”. English synonyms: swap, different, changes, do it differently. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Picture card “meeting-next” in the group “Meeting”. English synonyms: move on, next one, forward, carry on. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Go back</source>
        <extracomment>Picture card “meeting-back” in the group “Meeting”. English synonyms: backwards, previous, last one, return. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Plan</source>
        <extracomment>Picture card “meeting-plan” in the group “Meeting”. English synonyms: agenda, list, plans, what's happening. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Write it down</source>
        <extracomment>Picture card “meeting-write” in the group “Meeting”. English synonyms: notes, write down, minutes, take notes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zapisz to</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Picture card “meeting-rules” in the group “Meeting”. English synonyms: ground rules, agreement, rule, how we work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Photos</source>
        <extracomment>Picture card “meeting-photos” in the group “Meeting”. English synonyms: photo, photograph, camera, picture, take a picture. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>Picture card “meeting-video” in the group “Meeting”. English synonyms: film, filming, recording, video camera. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wideo</translation>
    </message>
    <message>
        <source>Award</source>
        <extracomment>Picture card “meeting-award” in the group “Meeting”. English synonyms: certificate, medal, prize, thank you award. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nagroda</translation>
    </message>
    <message>
        <source>Celebrate</source>
        <extracomment>Picture card “meeting-celebrate” in the group “Meeting”. English synonyms: hooray, yay, we did it, success. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Świętować</translation>
    </message>
    <message>
        <source>Sit down</source>
        <extracomment>Picture card “meeting-sit-down” in the group “Meeting”. English synonyms: sit, chair, seat, sitting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Usiądź</translation>
    </message>
    <message>
        <source>Stand up</source>
        <extracomment>Picture card “meeting-stand-up” in the group “Meeting”. English synonyms: stand, standing, get up, stretch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wstań</translation>
    </message>
</context>
<context>
    <name>CardSynonyms</name>
    <message>
        <source>brilliant | excellent | really good | fantastic | very happy</source>
        <extracomment>Other words people use for the card “Very good” (feeling-very-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>świetnie | super | doskonale | fantastycznie | bardzo szczęśliwy</translation>
    </message>
    <message>
        <source>fine | all right | nice | like it</source>
        <extracomment>Other words people use for the card “Good” (feeling-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>w porządku | fajnie | miło | podoba mi się</translation>
    </message>
    <message>
        <source>ok | so-so | in between | not bad | average</source>
        <extracomment>Other words people use for the card “Okay” (feeling-okay), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ok | okej | może być | nie najgorzej | średnio</translation>
    </message>
    <message>
        <source>bad | not nice | unhappy | don't like | disappointed</source>
        <extracomment>Other words people use for the card “Not good” (feeling-not-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>źle | niemiło | nieszczęśliwy | nie podoba mi się | rozczarowany</translation>
    </message>
    <message>
        <source>awful | terrible | really bad | horrible | hate it</source>
        <extracomment>Other words people use for the card “Very bad” (feeling-very-bad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>okropnie | strasznie | fatalnie | nienawidzę tego</translation>
    </message>
    <message>
        <source>unsure | maybe | don't mind | thinking about it</source>
        <extracomment>Other words people use for the card “Not sure” (feeling-not-sure), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>niepewny | może | wszystko jedno | zastanawiam się</translation>
    </message>
    <message>
        <source>rather not say | pass | skip | no comment | keep it to myself</source>
        <extracomment>Other words people use for the card “Don't want to say” (response-dont-want-to-say), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wolę nie mówić | pas | pomiń | bez komentarza | zachowam dla siebie</translation>
    </message>
    <message>
        <source>glad | pleased | cheerful | smile | joy</source>
        <extracomment>Other words people use for the card “Happy” (feeling-happy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wesoły | zadowolony | radosny | uśmiech | radość</translation>
    </message>
    <message>
        <source>unhappy | down | crying | tearful | low</source>
        <extracomment>Other words people use for the card “Sad” (feeling-sad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nieszczęśliwy | przygnębiony | płacz | płaczliwy | przybity</translation>
    </message>
    <message>
        <source>cross | mad | furious | annoyed | livid</source>
        <extracomment>Other words people use for the card “Angry” (feeling-angry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wściekły | zdenerwowany | rozzłoszczony | poirytowany | gniew</translation>
    </message>
    <message>
        <source>frightened | afraid | fear | terrified</source>
        <extracomment>Other words people use for the card “Scared” (feeling-scared), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wystraszony | boję się | strach | przerażony</translation>
    </message>
    <message>
        <source>anxious | worry | concerned | nervous about | anxiety</source>
        <extracomment>Other words people use for the card “Worried” (response-worried), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>niespokojny | martwić się | zaniepokojony | obawa | lęk</translation>
    </message>
    <message>
        <source>relaxed | peaceful | chilled | settled</source>
        <extracomment>Other words people use for the card “Calm” (feeling-calm), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zrelaksowany | odprężony | wyluzowany | opanowany</translation>
    </message>
    <message>
        <source>can't wait | thrilled | amazed | looking forward</source>
        <extracomment>Other words people use for the card “Excited” (feeling-excited), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nie mogę się doczekać | zachwycony | poruszony | cieszę się na</translation>
    </message>
    <message>
        <source>laugh | laughing | joke | hilarious</source>
        <extracomment>Other words people use for the card “Funny” (feeling-funny), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>śmiech | śmieszne | żart | śmiać się</translation>
    </message>
    <message>
        <source>cared for | appreciated | special | cared about</source>
        <extracomment>Other words people use for the card “Loved” (feeling-loved), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ktoś o mnie dba | doceniony | wyjątkowy | ważny dla kogoś</translation>
    </message>
    <message>
        <source>shocked | wow | amazed | unexpected</source>
        <extracomment>Other words people use for the card “Surprised” (feeling-surprised), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>w szoku | wow | zdziwiony | niespodziewane</translation>
    </message>
    <message>
        <source>don't understand | muddled | puzzled | lost</source>
        <extracomment>Other words people use for the card “Confused” (feeling-confused), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nie rozumiem | pogubiony | zagubiony | zmieszany</translation>
    </message>
    <message>
        <source>boring | nothing to do | dull | same old</source>
        <extracomment>Other words people use for the card “Bored” (feeling-bored), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nudno | nie ma co robić | nuda | ciągle to samo</translation>
    </message>
    <message>
        <source>sick of it | had enough | annoyed | not again</source>
        <extracomment>Other words people use for the card “Fed up” (feeling-fed-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mam tego dość | wystarczy | zmęczony tym | znowu to samo</translation>
    </message>
    <message>
        <source>shy | awkward | ashamed | red face</source>
        <extracomment>Other words people use for the card “Embarrassed” (feeling-embarrassed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nieśmiały | niezręcznie | wstyd | czerwony na twarzy</translation>
    </message>
    <message>
        <source>irritated | wound up | stuck | can't do it</source>
        <extracomment>Other words people use for the card “Frustrated” (feeling-frustrated), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>poirytowany | nakręcony | utknąłem | nie umiem tego zrobić</translation>
    </message>
    <message>
        <source>alone | on my own | isolated | miss people | no one to talk to</source>
        <extracomment>Other words people use for the card “Lonely” (feeling-lonely), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sam | sama | odizolowany | tęsknię za ludźmi | nie mam z kim rozmawiać</translation>
    </message>
    <message>
        <source>on edge | tense | jittery | butterflies</source>
        <extracomment>Other words people use for the card “Nervous” (feeling-nervous), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>spięty | napięty | roztrzęsiony | motyle w brzuchu | nerwy</translation>
    </message>
    <message>
        <source>very sad | crying | in tears | distressed | hurt</source>
        <extracomment>Other words people use for the card “Upset” (feeling-upset), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bardzo smutny | płacz | we łzach | zrozpaczony | zraniony</translation>
    </message>
    <message>
        <source>stress | under pressure | overwhelmed | too much</source>
        <extracomment>Other words people use for the card “Stressed” (feeling-stressed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stres | pod presją | przytłoczony | za dużo</translation>
    </message>
    <message>
        <source>broken heart | grief | bereaved | loss | miss someone</source>
        <extracomment>Other words people use for the card “Heartbroken” (feeling-heartbroken), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>żałoba | strata | rozpacz | tęsknię za kimś</translation>
    </message>
    <message>
        <source>sleepy | worn out | exhausted | yawn</source>
        <extracomment>Other words people use for the card “Tired” (feeling-tired), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>śpiący | wyczerpany | padnięty | ziewanie</translation>
    </message>
    <message>
        <source>hurt | hurts | ache | sore | painful | injury</source>
        <extracomment>Other words people use for the card “Pain” (feeling-pain), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>boli | bolesne | obolały | uraz | kontuzja</translation>
    </message>
    <message>
        <source>poorly | unwell | sick | not well | under the weather</source>
        <extracomment>Other words people use for the card “Ill” (feeling-ill), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>źle się czuję | niezdrowy | słabo | przeziębiony</translation>
    </message>
    <message>
        <source>nausea | queasy | sick feeling | upset stomach</source>
        <extracomment>Other words people use for the card “Feel sick” (feeling-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>niedobrze mi | nudności | chce mi się wymiotować | ból brzucha</translation>
    </message>
    <message>
        <source>light-headed | woozy | wobbly | faint</source>
        <extracomment>Other words people use for the card “Dizzy” (feeling-dizzy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kręci mi się w głowie | słabo mi | chwiejnie | omdlenie</translation>
    </message>
    <message>
        <source>starving | peckish | want food | yummy</source>
        <extracomment>Other words people use for the card “Hungry” (feeling-hungry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chce mi się jeść | głód | jedzenie | pyszne</translation>
    </message>
    <message>
        <source>too hot | warm | sweaty | boiling</source>
        <extracomment>Other words people use for the card “Hot” (feeling-hot), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>za gorąco | ciepło | spocony | upał</translation>
    </message>
    <message>
        <source>too cold | chilly | freezing | shivering</source>
        <extracomment>Other words people use for the card “Cold” (feeling-cold), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>za zimno | chłodno | marznę | dreszcze</translation>
    </message>
    <message>
        <source>yeah | yep | correct | yes please</source>
        <extracomment>Other words people use for the card “Yes” (response-yes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>no | zgadza się | dobrze | tak proszę | owszem</translation>
    </message>
    <message>
        <source>nope | wrong | not right | incorrect</source>
        <extracomment>Other words people use for the card “No” (response-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nie ma mowy | źle | niedobrze | nieprawda</translation>
    </message>
    <message>
        <source>thumbs up | me too | I agree | yes to that | for it</source>
        <extracomment>Other words people use for the card “Agree” (response-agree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kciuk w górę | ja też | zgoda | jestem za</translation>
    </message>
    <message>
        <source>thumbs down | don't agree | not for me | against</source>
        <extracomment>Other words people use for the card “Disagree” (response-disagree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kciuk w dół | nie zgoda | nie dla mnie | jestem przeciw</translation>
    </message>
    <message>
        <source>no idea | not know | dunno | no clue</source>
        <extracomment>Other words people use for the card “Don't know” (response-dont-know), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nie mam pojęcia | nie wiadomo | bez pojęcia</translation>
    </message>
    <message>
        <source>suggestion | good idea | think of | what if</source>
        <extracomment>Other words people use for the card “Idea” (response-idea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>propozycja | dobry pomysł | myślę o | a gdyby</translation>
    </message>
    <message>
        <source>ask | asking | query | wondering | questions</source>
        <extracomment>Other words people use for the card “Question” (response-question), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zapytać | pytać | pytania | zastanawiam się</translation>
    </message>
    <message>
        <source>enough | no more | halt | leave it</source>
        <extracomment>Other words people use for the card “Stop” (response-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dość | wystarczy | przestań | koniec</translation>
    </message>
    <message>
        <source>help me | support | need help | assistance</source>
        <extracomment>Other words people use for the card “Help” (response-help), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pomóż mi | pomocy | wsparcie | potrzebuję pomocy</translation>
    </message>
    <message>
        <source>me next | can I say | I want to say | my go</source>
        <extracomment>Other words people use for the card “My turn” (response-my-turn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ja teraz | czy mogę coś powiedzieć | chcę coś powiedzieć | teraz ja</translation>
    </message>
    <message>
        <source>thanks | please | grateful | cheers</source>
        <extracomment>Other words people use for the card “Thank you” (response-thank-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dzięki | proszę | wdzięczny | dziękujemy</translation>
    </message>
    <message>
        <source>clap | applause | good job | brilliant</source>
        <extracomment>Other words people use for the card “Well done” (response-well-done), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>oklaski | dobra robota | świetnie | gratulacje</translation>
    </message>
    <message>
        <source>star | excellent | amazing | the best</source>
        <extracomment>Other words people use for the card “Great” (response-great), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwiazda | wspaniale | niesamowite | najlepsze</translation>
    </message>
    <message>
        <source>love it | really like | favourite | lovely | adore</source>
        <extracomment>Other words people use for the card “Love” (response-love), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>uwielbiam | bardzo lubię | ulubiony | cudowne</translation>
    </message>
    <message>
        <source>hi | goodbye | bye | wave | see you</source>
        <extracomment>Other words people use for the card “Hello” (response-hello), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dzień dobry | do widzenia | pa | machać | na razie</translation>
    </message>
    <message>
        <source>apologise | apology | my fault | forgive</source>
        <extracomment>Other words people use for the card “Sorry” (response-sorry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>przeprosiny | moja wina | wybacz | sorry</translation>
    </message>
    <message>
        <source>matters | really important | priority | key point</source>
        <extracomment>Other words people use for the card “Important” (response-important), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>to się liczy | bardzo ważne | priorytet | najważniejsze</translation>
    </message>
    <message>
        <source>extra | increase | more please | another</source>
        <extracomment>Other words people use for the card “More” (response-more), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dodatkowo | zwiększyć | więcej proszę | jeszcze</translation>
    </message>
    <message>
        <source>fewer | not so much | reduce | smaller</source>
        <extracomment>Other words people use for the card “Less” (response-less), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mniej proszę | nie tak dużo | zmniejszyć | mniejszy</translation>
    </message>
    <message>
        <source>rest | pause | cup of tea | time out</source>
        <extracomment>Other words people use for the card “Break” (response-break), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>odpoczynek | pauza | herbata | chwila przerwy</translation>
    </message>
    <message>
        <source>myself | mine | my own</source>
        <extracomment>Other words people use for the card “Me” (people-me), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mnie | mój | moje | ja sam</translation>
    </message>
    <message>
        <source>yourself | your turn | you too</source>
        <extracomment>Other words people use for the card “You” (people-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pan | pani | twoja kolej | ty też</translation>
    </message>
    <message>
        <source>relatives | parents | children | home life | next of kin</source>
        <extracomment>Other words people use for the card “Family” (topic-family), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>krewni | rodzice | dzieci | dom | najbliżsi</translation>
    </message>
    <message>
        <source>mother | mam | mom | mummy</source>
        <extracomment>Other words people use for the card “Mum” (people-mum), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>matka | mamusia | moja mama</translation>
    </message>
    <message>
        <source>father | daddy | papa | dads</source>
        <extracomment>Other words people use for the card “Dad” (people-dad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ojciec | tatuś | mój tata</translation>
    </message>
    <message>
        <source>boyfriend | girlfriend | husband | wife | couple</source>
        <extracomment>Other words people use for the card “Partner” (people-partner), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chłopak | dziewczyna | mąż | żona | para</translation>
    </message>
    <message>
        <source>friend | mate | pal | buddy | hug</source>
        <extracomment>Other words people use for the card “Friends” (topic-friends), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>przyjaciel | kolega | koleżanka | znajomi | uścisk</translation>
    </message>
    <message>
        <source>men | gentleman | male | bloke</source>
        <extracomment>Other words people use for the card “Man” (people-man), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mężczyźni | pan | facet | chłopak</translation>
    </message>
    <message>
        <source>women | lady | female | ladies</source>
        <extracomment>Other words people use for the card “Woman” (people-woman), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kobiety | pani | dziewczyna | panie</translation>
    </message>
    <message>
        <source>child | kids | kid | young people | son | daughter</source>
        <extracomment>Other words people use for the card “Children” (people-children), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dziecko | młodzież | syn | córka | dzieciaki</translation>
    </message>
    <message>
        <source>babies | newborn | infant | little one</source>
        <extracomment>Other words people use for the card “Baby” (people-baby), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dzidziuś | bobas | noworodek | maluszek | dziecko</translation>
    </message>
    <message>
        <source>old | elderly | grandparent | nan | grandad</source>
        <extracomment>Other words people use for the card “Older person” (people-older-person), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>starszy | stary | seniorzy | babcia | dziadek</translation>
    </message>
    <message>
        <source>everyone | team | all of us | together | groups</source>
        <extracomment>Other words people use for the card “Group” (people-group), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wszyscy | zespół | my wszyscy | razem | grupy</translation>
    </message>
    <message>
        <source>somebody | a person | stranger | someone else</source>
        <extracomment>Other words people use for the card “Someone” (people-someone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>jakaś osoba | nieznajomy | obcy | ktoś inny</translation>
    </message>
    <message>
        <source>worker | name badge | employee | manager | team member</source>
        <extracomment>Other words people use for the card “Staff” (topic-staff), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pracownik | identyfikator | kierownik | członek zespołu | obsługa</translation>
    </message>
    <message>
        <source>support worker | care worker | personal assistant | helper | PA</source>
        <extracomment>Other words people use for the card “Carer” (topic-carer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>opiekunka | asystent osobisty | pracownik opieki | pomocnik</translation>
    </message>
    <message>
        <source>doctors | health worker | consultant | medic</source>
        <extracomment>Other words people use for the card “Doctor” (topic-doctor), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>doktor | lekarze | pracownik służby zdrowia | specjalista</translation>
    </message>
    <message>
        <source>nurses | district nurse | community nurse | matron</source>
        <extracomment>Other words people use for the card “Nurse” (topic-nurse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pielęgniarz | pielęgniarki | pielęgniarka środowiskowa | siostra</translation>
    </message>
    <message>
        <source>social services | case worker | care manager | assessment</source>
        <extracomment>Other words people use for the card “Social worker” (people-social-worker), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>opieka społeczna | pomoc społeczna | opiekun sprawy | ocena potrzeb</translation>
    </message>
    <message>
        <source>tutor | lecturer | trainer | teaching</source>
        <extracomment>Other words people use for the card “Teacher” (people-teacher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nauczycielka | korepetytor | wykładowca | trener | uczyć</translation>
    </message>
    <message>
        <source>learner | pupil | graduate | studying</source>
        <extracomment>Other words people use for the card “Student” (people-student), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>uczeń | studentka | uczennica | nauka</translation>
    </message>
    <message>
        <source>research | scientist | university | study</source>
        <extracomment>Other words people use for the card “Researcher” (people-researcher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>badania | naukowiec | uniwersytet | badanie</translation>
    </message>
    <message>
        <source>chef | kitchen staff | catering | cooks</source>
        <extracomment>Other words people use for the card “Cook” (people-cook), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kucharka | szef kuchni | kuchnia | catering</translation>
    </message>
    <message>
        <source>police officer | policeman | policewoman | PCSO | copper</source>
        <extracomment>Other words people use for the card “Police” (people-police), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>policjant | policjantka | funkcjonariusz | policjanci</translation>
    </message>
    <message>
        <source>fireman | fire brigade | fire service | firefighters</source>
        <extracomment>Other words people use for the card “Firefighter” (people-firefighter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>straż pożarna | strażacy | straż</translation>
    </message>
    <message>
        <source>house | my home | where I live | flat | at home</source>
        <extracomment>Other words people use for the card “Home” (topic-home), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mieszkanie | mój dom | gdzie mieszkam | w domu</translation>
    </message>
    <message>
        <source>day service | centre | club | drop-in | resource centre</source>
        <extracomment>Other words people use for the card “Day centre” (places-day-centre), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dom dziennego pobytu | świetlica | klub | centrum | ośrodek</translation>
    </message>
    <message>
        <source>ward | A and E | clinic | outpatients | hospitals</source>
        <extracomment>Other words people use for the card “Hospital” (topic-hospital), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>oddział | izba przyjęć | SOR | klinika | przychodnia</translation>
    </message>
    <message>
        <source>doctor's surgery | surgery | doctor | health centre | family doctor</source>
        <extracomment>Other words people use for the card “GP” (places-gp), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>przychodnia | gabinet lekarski | doktor | ośrodek zdrowia | GP</translation>
    </message>
    <message>
        <source>chemist | chemist's | pharmacist | prescription</source>
        <extracomment>Other words people use for the card “Pharmacy” (places-pharmacy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>farmaceuta | aptekarz | recepta | leki</translation>
    </message>
    <message>
        <source>offices | building | workplace | reception</source>
        <extracomment>Other words people use for the card “Office” (places-office), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>biura | budynek | miejsce pracy | recepcja</translation>
    </message>
    <message>
        <source>town hall | local authority | government | civic centre</source>
        <extracomment>Other words people use for the card “Council” (places-council), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gmina | ratusz | urząd miasta | władze lokalne | council</translation>
    </message>
    <message>
        <source>neighbourhood | local area | neighbours | estate | local community</source>
        <extracomment>Other words people use for the card “Community” (places-community), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>okolica | sąsiedzi | osiedle | dzielnica | lokalna społeczność</translation>
    </message>
    <message>
        <source>town centre | city | high street | city centre</source>
        <extracomment>Other words people use for the card “Town” (places-town), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>centrum miasta | główna ulica | śródmieście | centrum</translation>
    </message>
    <message>
        <source>outside | outdoors | trees | green space | nature</source>
        <extracomment>Other words people use for the card “Park” (places-park), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>na zewnątrz | na dworze | drzewa | zieleń | przyroda</translation>
    </message>
    <message>
        <source>shops | supermarket | corner shop | store</source>
        <extracomment>Other words people use for the card “Shop” (places-shop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sklepy | supermarket | sklepik | zakupy</translation>
    </message>
    <message>
        <source>coffee shop | canteen | tea room | cafes</source>
        <extracomment>Other words people use for the card “Cafe” (places-cafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kawa | stołówka | herbaciarnia | bar kawowy</translation>
    </message>
    <message>
        <source>eating out | meal out | dinner out | takeaway</source>
        <extracomment>Other words people use for the card “Restaurant” (places-restaurant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>jedzenie na mieście | obiad na mieście | kolacja na mieście | jedzenie na wynos</translation>
    </message>
    <message>
        <source>bar | beer garden | social club | drinks out</source>
        <extracomment>Other words people use for the card “Pub” (places-pub), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bar | ogródek piwny | klub | piwo</translation>
    </message>
    <message>
        <source>libraries | borrow books | books | reading room</source>
        <extracomment>Other words people use for the card “Library” (places-library), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>biblioteki | wypożyczyć książki | książki | czytelnia</translation>
    </message>
    <message>
        <source>films | film | movie | movies | pictures</source>
        <extracomment>Other words people use for the card “Cinema” (places-cinema), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>film | filmy | seans</translation>
    </message>
    <message>
        <source>fitness | weights | leisure centre | work out</source>
        <extracomment>Other words people use for the card “Gym” (places-gym), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fitness | ciężary | centrum sportu | ćwiczenia</translation>
    </message>
    <message>
        <source>chapel | religion | Christian | service</source>
        <extracomment>Other words people use for the card “Church” (places-church), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kaplica | religia | chrześcijanin | msza | nabożeństwo</translation>
    </message>
    <message>
        <source>masjid | Muslim | Islam | prayers</source>
        <extracomment>Other words people use for the card “Mosque” (places-mosque), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>masdżid | muzułmanin | islam | modlitwa</translation>
    </message>
    <message>
        <source>worship | faith | pray | prayer | temple | synagogue</source>
        <extracomment>Other words people use for the card “Place of worship” (places-worship), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wiara | modlić się | modlitwa | świątynia | synagoga</translation>
    </message>
    <message>
        <source>banks | building society | cash machine | cashpoint</source>
        <extracomment>Other words people use for the card “Bank” (places-bank), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>banki | kasa | bankomat | pieniądze</translation>
    </message>
    <message>
        <source>haircut | barber | hair | salon</source>
        <extracomment>Other words people use for the card “Hairdresser” (places-hairdresser), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>strzyżenie | golibroda | włosy | salon</translation>
    </message>
    <message>
        <source>bed | my room | room | bedrooms</source>
        <extracomment>Other words people use for the card “Bedroom” (places-bedroom), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>łóżko | mój pokój | pokój | sypialnie</translation>
    </message>
    <message>
        <source>lounge | sitting room | sofa | settee</source>
        <extracomment>Other words people use for the card “Living room” (places-living-room), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pokój dzienny | pokój gościnny | kanapa | sofa</translation>
    </message>
    <message>
        <source>elevator | lifts | going up | going down</source>
        <extracomment>Other words people use for the card “Lift” (places-lift), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>windy | w górę | w dół | dźwig</translation>
    </message>
    <message>
        <source>steps | staircase | upstairs | downstairs</source>
        <extracomment>Other words people use for the card “Stairs” (places-stairs), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stopnie | klatka schodowa | na górę | na dół</translation>
    </message>
    <message>
        <source>travel | getting there | journey | coach | getting about</source>
        <extracomment>Other words people use for the card “Transport” (topic-transport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>podróż | dojazd | jak dojechać | autokar | przejazd</translation>
    </message>
    <message>
        <source>buses | bus ride | public transport | double decker</source>
        <extracomment>Other words people use for the card “Bus” (places-bus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>autobusy | jazda autobusem | komunikacja miejska | piętrowy autobus</translation>
    </message>
    <message>
        <source>bus station | waiting for the bus | bus shelter | bus timetable</source>
        <extracomment>Other words people use for the card “Bus stop” (places-bus-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>przystanek autobusowy | dworzec autobusowy | czekać na autobus | wiata | rozkład jazdy</translation>
    </message>
    <message>
        <source>van | community transport | ring and ride | dial a ride</source>
        <extracomment>Other words people use for the card “Minibus” (places-minibus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>minibus | furgonetka | transport lokalny | przewóz na zamówienie</translation>
    </message>
    <message>
        <source>trains | railway | station | tram</source>
        <extracomment>Other words people use for the card “Train” (places-train), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pociągi | kolej | dworzec | stacja | tramwaj</translation>
    </message>
    <message>
        <source>cab | taxis | minicab | uber</source>
        <extracomment>Other words people use for the card “Taxi” (places-taxi), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>taxi | taksówki | uber | taryfa</translation>
    </message>
    <message>
        <source>cars | driving | drive | lift in a car</source>
        <extracomment>Other words people use for the card “Car” (places-car), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>auto | samochody | jazda | prowadzić | podwózka</translation>
    </message>
    <message>
        <source>bicycle | cycling | cycle | ride a bike</source>
        <extracomment>Other words people use for the card “Bike” (places-bike), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rowerem | jazda na rowerze | kolarstwo | rowery</translation>
    </message>
    <message>
        <source>aeroplane | flying | flight | airport</source>
        <extracomment>Other words people use for the card “Plane” (places-plane), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>latać | lot | lotnisko | samoloty</translation>
    </message>
    <message>
        <source>eat | eating | meal | meals | dinner</source>
        <extracomment>Other words people use for the card “Food” (topic-food), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>jeść | posiłek | posiłki | obiad | jedzenia</translation>
    </message>
    <message>
        <source>drinks | drinking | thirsty | cup</source>
        <extracomment>Other words people use for the card “Drink” (topic-drink), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>napój | napoje | pić | pragnienie | kubek</translation>
    </message>
    <message>
        <source>cereal | porridge | morning meal | brekkie</source>
        <extracomment>Other words people use for the card “Breakfast” (daily-breakfast), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>płatki | owsianka | poranny posiłek | śniadania</translation>
    </message>
    <message>
        <source>sandwich | sandwiches | dinner time | packed lunch | midday meal</source>
        <extracomment>Other words people use for the card “Lunch” (daily-lunch), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>drugie śniadanie | kanapka | kanapki | lunch | posiłek w południe</translation>
    </message>
    <message>
        <source>supper | dinner | hot meal | stew | teatime meal</source>
        <extracomment>Other words people use for the card “Evening meal” (daily-evening-meal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wieczorny posiłek | ciepły posiłek | gulasz | kolacje</translation>
    </message>
    <message>
        <source>kitchen | make food | fry | baking | make dinner</source>
        <extracomment>Other words people use for the card “Cooking” (daily-cooking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kuchnia | robić jedzenie | smażyć | pieczenie | gotować</translation>
    </message>
    <message>
        <source>apple | apples | banana | orange | five a day</source>
        <extracomment>Other words people use for the card “Fruit” (daily-fruit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>owoc | jabłko | jabłka | banan | pomarańcza</translation>
    </message>
    <message>
        <source>veg | veggies | carrot | carrots | greens</source>
        <extracomment>Other words people use for the card “Vegetables” (daily-vegetables), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>warzywo | marchewka | marchew | sałata | zielenina</translation>
    </message>
    <message>
        <source>sweet | chocolate | treats | candy</source>
        <extracomment>Other words people use for the card “Sweets” (daily-sweets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cukierki | czekolada | łakocie | słodkie</translation>
    </message>
    <message>
        <source>cakes | biscuits | pudding | dessert</source>
        <extracomment>Other words people use for the card “Cake” (daily-cake), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ciastka | herbatniki | deser | tort</translation>
    </message>
    <message>
        <source>pizzas | takeaway | fast food | slice</source>
        <extracomment>Other words people use for the card “Pizza” (daily-pizza), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pizze | na wynos | fast food | kawałek</translation>
    </message>
    <message>
        <source>fries | fish and chips | chippy | crisps</source>
        <extracomment>Other words people use for the card “Chips” (daily-chips), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ryba z frytkami | smażalnia | chipsy | czipsy</translation>
    </message>
    <message>
        <source>cuppa | cup of tea | teapot | brew | coffee</source>
        <extracomment>Other words people use for the card “Tea” (daily-tea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>herbatka | filiżanka herbaty | czajniczek | kawa</translation>
    </message>
    <message>
        <source>glass of water | tap water | thirsty | drink of water</source>
        <extracomment>Other words people use for the card “Water” (daily-water), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>szklanka wody | woda z kranu | pragnienie | pić wodę</translation>
    </message>
    <message>
        <source>orange juice | squash | fruit juice | pop</source>
        <extracomment>Other words people use for the card “Juice” (daily-juice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sok pomarańczowy | sok owocowy | napój | oranżada</translation>
    </message>
    <message>
        <source>cash | pounds | pay | payment | cost</source>
        <extracomment>Other words people use for the card “Money” (topic-money), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gotówka | funty | płacić | płatność | koszt</translation>
    </message>
    <message>
        <source>debit card | contactless | credit card | cash card</source>
        <extracomment>Other words people use for the card “Bank card” (daily-bank-card), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>karta debetowa | zbliżeniowo | karta kredytowa | karta</translation>
    </message>
    <message>
        <source>bill | receipt | rent | council tax | paying</source>
        <extracomment>Other words people use for the card “Bills” (daily-bills), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rachunek | paragon | czynsz | podatek lokalny | płacenie</translation>
    </message>
    <message>
        <source>wallet | my money | pocket money | spending money</source>
        <extracomment>Other words people use for the card “Purse” (daily-purse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>portfel | moje pieniądze | kieszonkowe | pieniądze na wydatki</translation>
    </message>
    <message>
        <source>trolley | groceries | buy | buying | go shopping</source>
        <extracomment>Other words people use for the card “Shopping” (topic-shopping), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wózek | spożywcze | kupić | kupować | iść na zakupy</translation>
    </message>
    <message>
        <source>job | working | employment | volunteering | paid work</source>
        <extracomment>Other words people use for the card “Work” (topic-work), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zajęcie | pracować | zatrudnienie | wolontariat | płatna praca</translation>
    </message>
    <message>
        <source>school | university | class | course | learning</source>
        <extracomment>Other words people use for the card “College” (topic-college), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>college | uczelnia | uniwersytet | lekcja | kurs | nauka</translation>
    </message>
    <message>
        <source>mobile | mobile phone | phone call | text | ring</source>
        <extracomment>Other words people use for the card “Phone” (topic-phone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>komórka | telefon komórkowy | rozmowa | SMS | dzwonić</translation>
    </message>
    <message>
        <source>laptop | PC | online | zoom | video call</source>
        <extracomment>Other words people use for the card “Computer” (daily-computer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>laptop | PC | online | zoom | wideorozmowa</translation>
    </message>
    <message>
        <source>iPad | tablet computer | screen | device</source>
        <extracomment>Other words people use for the card “Tablet” (daily-tablet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>iPad | ekran | urządzenie</translation>
    </message>
    <message>
        <source>online | website | web | wifi | Google</source>
        <extracomment>Other words people use for the card “Internet” (daily-internet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>online | strona internetowa | sieć | wifi | Google</translation>
    </message>
    <message>
        <source>emails | e-mail | inbox | message</source>
        <extracomment>Other words people use for the card “Email” (daily-email), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mejl | maile | poczta elektroniczna | skrzynka | wiadomość</translation>
    </message>
    <message>
        <source>letters | post | envelope | mail</source>
        <extracomment>Other words people use for the card “Letter” (daily-letter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>listy | poczta | koperta | korespondencja</translation>
    </message>
    <message>
        <source>television | telly | watch TV | programmes | soaps</source>
        <extracomment>Other words people use for the card “TV” (daily-tv), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>telewizor | TV | oglądać telewizję | programy | seriale</translation>
    </message>
    <message>
        <source>listen to the radio | podcast | wireless | radio station</source>
        <extracomment>Other words people use for the card “Radio” (daily-radio), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>słuchać radia | podcast | stacja radiowa | audycja</translation>
    </message>
    <message>
        <source>sleeping | bed | asleep | nap | go to bed</source>
        <extracomment>Other words people use for the card “Sleep” (topic-sleep), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>spać | łóżko | śpi | drzemka | iść spać</translation>
    </message>
    <message>
        <source>wash | shower | showering | personal care | clean</source>
        <extracomment>Other words people use for the card “Washing” (topic-washing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>myć się | prysznic | kąpiel | higiena osobista | czysty</translation>
    </message>
    <message>
        <source>bathroom | bathing | bath time | have a bath</source>
        <extracomment>Other words people use for the card “Bath” (daily-bath), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wanna | łazienka | kąpać się | pora kąpieli</translation>
    </message>
    <message>
        <source>toothbrush | teeth cleaning | brushing teeth | toothpaste</source>
        <extracomment>Other words people use for the card “Brush teeth” (daily-brush-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>szczoteczka do zębów | myć zęby | pasta do zębów</translation>
    </message>
    <message>
        <source>loo | bathroom | toilets | wee | poo</source>
        <extracomment>Other words people use for the card “Toilet” (topic-toilet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>WC | ubikacja | łazienka | toalety | siku | kupa</translation>
    </message>
    <message>
        <source>clothing | get dressed | dressing | outfit | wear</source>
        <extracomment>Other words people use for the card “Clothes” (daily-clothes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ubranie | ubierać się | ubrać się | strój | nosić</translation>
    </message>
    <message>
        <source>trainers | shoe | footwear | boots</source>
        <extracomment>Other words people use for the card “Shoes” (daily-shoes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>adidasy | but | obuwie | kozaki</translation>
    </message>
    <message>
        <source>washing machine | washing clothes | ironing | clean clothes</source>
        <extracomment>Other words people use for the card “Laundry” (daily-laundry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pralka | prać | prasowanie | czyste ubrania</translation>
    </message>
    <message>
        <source>tidy | tidying | housework | hoover | sweep</source>
        <extracomment>Other words people use for the card “Cleaning” (daily-cleaning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>porządek | sprzątać | prace domowe | odkurzać | zamiatać</translation>
    </message>
    <message>
        <source>key | door key | lock up | house keys</source>
        <extracomment>Other words people use for the card “Keys” (daily-keys), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>klucz | klucz do drzwi | zamykać | klucze do domu</translation>
    </message>
    <message>
        <source>things to do | activity | hobby | hobbies | crafts</source>
        <extracomment>Other words people use for the card “Activities” (topic-activities), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>coś do robienia | zajęcie | hobby | rękodzieło | aktywności</translation>
    </message>
    <message>
        <source>painting | paint | drawing | draw | arts and crafts</source>
        <extracomment>Other words people use for the card “Art” (daily-art), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>malowanie | malować | rysowanie | rysować | plastyka</translation>
    </message>
    <message>
        <source>songs | song | listen to music | band | concert</source>
        <extracomment>Other words people use for the card “Music” (topic-music), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>piosenki | piosenka | słuchać muzyki | zespół | koncert</translation>
    </message>
    <message>
        <source>sing | karaoke | choir | singer</source>
        <extracomment>Other words people use for the card “Singing” (daily-singing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>śpiewać | karaoke | chór | piosenkarz</translation>
    </message>
    <message>
        <source>dance | disco | dancer | party dance</source>
        <extracomment>Other words people use for the card “Dancing” (daily-dancing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tańczyć | tańce | dyskoteka | tancerz</translation>
    </message>
    <message>
        <source>read | book | story | magazine</source>
        <extracomment>Other words people use for the card “Reading” (daily-reading), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>czytać | książka | opowiadanie | gazeta | czasopismo</translation>
    </message>
    <message>
        <source>write | writer | handwriting | pen</source>
        <extracomment>Other words people use for the card “Writing” (daily-writing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pisać | pisarz | pismo odręczne | długopis</translation>
    </message>
    <message>
        <source>board games | dice | bingo | card games | game</source>
        <extracomment>Other words people use for the card “Games” (daily-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gry planszowe | kości | bingo | karty | gra</translation>
    </message>
    <message>
        <source>computer games | gaming | PlayStation | Xbox | console</source>
        <extracomment>Other words people use for the card “Video games” (daily-video-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gry komputerowe | granie | PlayStation | Xbox | konsola</translation>
    </message>
    <message>
        <source>jigsaw | puzzle | crossword | quiz</source>
        <extracomment>Other words people use for the card “Puzzles” (daily-puzzles), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>puzzle | układanka | krzyżówka | quiz</translation>
    </message>
    <message>
        <source>knit | wool | crochet | sewing</source>
        <extracomment>Other words people use for the card “Knitting” (daily-knitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>na drutach | włóczka | szydełko | szycie</translation>
    </message>
    <message>
        <source>garden | gardener | plants | flowers | allotment</source>
        <extracomment>Other words people use for the card “Gardening” (daily-gardening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ogród | ogrodnik | rośliny | kwiaty | działka</translation>
    </message>
    <message>
        <source>fish | angling | fishing rod | go fishing</source>
        <extracomment>Other words people use for the card “Fishing” (daily-fishing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ryby | ryba | wędka | iść na ryby</translation>
    </message>
    <message>
        <source>ten pin bowling | bowls | skittles | bowling alley</source>
        <extracomment>Other words people use for the card “Bowling” (daily-bowling), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bowling | kręgielnia | gra w kręgle</translation>
    </message>
    <message>
        <source>dog | dogs | pet | cat | animals</source>
        <extracomment>Other words people use for the card “Pets” (daily-pets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pies | psy | zwierzątko | kot | zwierzęta</translation>
    </message>
    <message>
        <source>football | sports | match | team sport | game</source>
        <extracomment>Other words people use for the card “Sport” (topic-sport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>piłka nożna | sporty | mecz | sport drużynowy | gra</translation>
    </message>
    <message>
        <source>swim | swimming pool | pool | swimming baths</source>
        <extracomment>Other words people use for the card “Swimming” (daily-swimming), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pływać | basen | pływalnia | kąpielisko</translation>
    </message>
    <message>
        <source>walk | go for a walk | on foot | stroll</source>
        <extracomment>Other words people use for the card “Walking” (daily-walking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chodzić | iść na spacer | pieszo | spacerować</translation>
    </message>
    <message>
        <source>running | run | keep fit | jogging | get active</source>
        <extracomment>Other words people use for the card “Exercise” (daily-exercise), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bieganie | biegać | fitness | jogging | ruch</translation>
    </message>
    <message>
        <source>relaxing | yoga | meditation | chill out | mindfulness</source>
        <extracomment>Other words people use for the card “Relax” (daily-relax), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>odpoczynek | joga | medytacja | odpocząć | uważność</translation>
    </message>
    <message>
        <source>parties | celebration | disco night | party time</source>
        <extracomment>Other words people use for the card “Party” (daily-party), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>przyjęcie | imprezy | świętowanie | dyskoteka | zabawa</translation>
    </message>
    <message>
        <source>birthdays | birthday cake | my birthday | happy birthday</source>
        <extracomment>Other words people use for the card “Birthday” (daily-birthday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tort urodzinowy | moje urodziny | wszystkiego najlepszego | sto lat</translation>
    </message>
    <message>
        <source>Xmas | festive | Christmas tree | holidays</source>
        <extracomment>Other words people use for the card “Christmas” (daily-christmas), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>święta | Wigilia | choinka | świąteczny</translation>
    </message>
    <message>
        <source>gift | presents | gifts | wrapped present</source>
        <extracomment>Other words people use for the card “Present” (daily-present), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>upominek | prezenty | podarunek | zapakowany prezent</translation>
    </message>
    <message>
        <source>trip | excursion | day trip | going out | days out</source>
        <extracomment>Other words people use for the card “Day out” (daily-day-out), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wyjazd | wypad | wycieczka jednodniowa | wyjście | wyjścia</translation>
    </message>
    <message>
        <source>holidays | beach | seaside | going away | vacation</source>
        <extracomment>Other words people use for the card “Holiday” (topic-holiday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>urlop | plaża | nad morzem | wyjazd | ferie</translation>
    </message>
    <message>
        <source>healthy | check-up | health check | stethoscope | wellbeing</source>
        <extracomment>Other words people use for the card “Health” (topic-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zdrowy | badanie | kontrola zdrowia | stetoskop | samopoczucie</translation>
    </message>
    <message>
        <source>medicine | tablets | pills | meds | prescription</source>
        <extracomment>Other words people use for the card “Medicines” (topic-medicines), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>lekarstwo | lekarstwa | tabletki | pigułki | recepta</translation>
    </message>
    <message>
        <source>appointments | booking | check-up | clinic appointment | see the doctor</source>
        <extracomment>Other words people use for the card “Appointment” (health-appointment), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wizyty | rezerwacja | badanie | wizyta w przychodni | do lekarza</translation>
    </message>
    <message>
        <source>mind | mental wellbeing | anxiety | depression | feelings</source>
        <extracomment>Other words people use for the card “Mental health” (health-mental-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>psychika | samopoczucie | lęk | depresja | uczucia</translation>
    </message>
    <message>
        <source>head hurts | migraine | sore head | head pain</source>
        <extracomment>Other words people use for the card “Headache” (health-headache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>boli mnie głowa | migrena | głowa boli</translation>
    </message>
    <message>
        <source>ear pain | sore ear | ear infection | ear hurts</source>
        <extracomment>Other words people use for the card “Earache” (health-earache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>boli mnie ucho | zapalenie ucha | ucho boli</translation>
    </message>
    <message>
        <source>broken leg | broken arm | fracture | plaster cast</source>
        <extracomment>Other words people use for the card “Broken bone” (health-broken-bone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>złamana noga | złamana ręka | złamana kość | gips</translation>
    </message>
    <message>
        <source>tooth | dentist | toothache | dental</source>
        <extracomment>Other words people use for the card “Teeth” (health-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ząb | dentysta | ból zęba | stomatolog</translation>
    </message>
    <message>
        <source>heart problem | heartbeat | blood pressure | chest pain</source>
        <extracomment>Other words people use for the card “Heart” (health-heart), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>problemy z sercem | bicie serca | ciśnienie | ból w klatce piersiowej</translation>
    </message>
    <message>
        <source>lungs | breath | asthma | short of breath | chest</source>
        <extracomment>Other words people use for the card “Breathing” (health-breathing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>płuca | oddech | astma | duszność | klatka piersiowa</translation>
    </message>
    <message>
        <source>thermometer | fever | high temperature | hot and cold</source>
        <extracomment>Other words people use for the card “Temperature” (health-temperature), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>termometr | gorączka | wysoka temperatura | dreszcze</translation>
    </message>
    <message>
        <source>coughing | covid | chesty | sore throat</source>
        <extracomment>Other words people use for the card “Cough” (health-cough), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kaszleć | covid | kaszel mokry | ból gardła</translation>
    </message>
    <message>
        <source>sneeze | runny nose | flu | hay fever | tissue</source>
        <extracomment>Other words people use for the card “Sneezing” (health-sneezing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kichać | katar | grypa | alergia | chusteczka</translation>
    </message>
    <message>
        <source>vomit | vomiting | throw up | throwing up | sick bug</source>
        <extracomment>Other words people use for the card “Being sick” (health-being-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wymiotować | wymiotuję | rzygać | grypa żołądkowa</translation>
    </message>
    <message>
        <source>mask | masks | infection | germs</source>
        <extracomment>Other words people use for the card “Face mask” (health-mask), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>maska | maseczki | infekcja | zarazki</translation>
    </message>
    <message>
        <source>hand washing | hygiene | soap | clean hands</source>
        <extracomment>Other words people use for the card “Wash hands” (health-wash-hands), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>myć ręce | higiena | mydło | czyste ręce</translation>
    </message>
    <message>
        <source>jab | vaccine | needle | vaccination | flu jab</source>
        <extracomment>Other words people use for the card “Injection” (health-injection), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>szczepionka | igła | szczepienie | szczepienie na grypę</translation>
    </message>
    <message>
        <source>blood | blood sample | bleeding | blood tests</source>
        <extracomment>Other words people use for the card “Blood test” (health-blood-test), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>krew | próbka krwi | krwawienie | pobranie krwi</translation>
    </message>
    <message>
        <source>plasters | cut | wound | bandage | graze</source>
        <extracomment>Other words people use for the card “Plaster” (health-plaster), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>plastry | skaleczenie | rana | bandaż | otarcie</translation>
    </message>
    <message>
        <source>x-rays | scan | MRI | radiology</source>
        <extracomment>Other words people use for the card “X-ray” (health-x-ray), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>prześwietlenie | RTG | skan | rezonans | MRI</translation>
    </message>
    <message>
        <source>weigh | scales | weigh in | lose weight | BMI</source>
        <extracomment>Other words people use for the card “Weight” (health-weight), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ważyć | ważenie | schudnąć | BMI</translation>
    </message>
    <message>
        <source>salad | healthy food | diet | good food</source>
        <extracomment>Other words people use for the card “Healthy eating” (health-healthy-eating), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sałatka | zdrowa żywność | dieta | dobre jedzenie</translation>
    </message>
    <message>
        <source>smoke | cigarette | cigarettes | vaping | stop smoking</source>
        <extracomment>Other words people use for the card “Smoking” (health-smoking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>palić | papieros | papierosy | e-papieros | rzucić palenie</translation>
    </message>
    <message>
        <source>beer | wine | drinking alcohol | booze | lager</source>
        <extracomment>Other words people use for the card “Alcohol” (health-alcohol), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>piwo | wino | picie alkoholu | wódka</translation>
    </message>
    <message>
        <source>pregnancy | expecting | having a baby | bump</source>
        <extracomment>Other words people use for the card “Pregnant” (health-pregnant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>w ciąży | spodziewa się dziecka | będzie dziecko | brzuszek</translation>
    </message>
    <message>
        <source>paramedic | 999 | paramedics | blue lights</source>
        <extracomment>Other words people use for the card “Ambulance” (health-ambulance), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ratownik medyczny | 999 | 112 | pogotowie | sygnał</translation>
    </message>
    <message>
        <source>wheelchair user | wheelchairs | mobility | push chair</source>
        <extracomment>Other words people use for the card “Wheelchair” (topic-wheelchair), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wózek | osoba na wózku | wózki | mobilność</translation>
    </message>
    <message>
        <source>scooter | powered wheelchair | electric wheelchair | buggy</source>
        <extracomment>Other words people use for the card “Mobility scooter” (health-mobility-scooter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>skuter | wózek elektryczny | elektryczny wózek | pojazd</translation>
    </message>
    <message>
        <source>crutch | walking aid | walking stick | walking frame</source>
        <extracomment>Other words people use for the card “Crutches” (health-crutches), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>kula | pomoc do chodzenia | laska | balkonik</translation>
    </message>
    <message>
        <source>hearing aid | ears | hard of hearing | hear | hearing loss</source>
        <extracomment>Other words people use for the card “Hearing” (topic-hearing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>aparat słuchowy | uszy | niedosłyszący | słyszeć | utrata słuchu</translation>
    </message>
    <message>
        <source>deafness | can't hear | sign language | BSL | deaf person</source>
        <extracomment>Other words people use for the card “Deaf” (health-deaf), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>głuchota | nie słyszę | język migowy | BSL | osoba głucha</translation>
    </message>
    <message>
        <source>sight | eyes | eye | vision | eyesight</source>
        <extracomment>Other words people use for the card “Seeing” (topic-seeing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>oczy | oko | widzenie | widzieć</translation>
    </message>
    <message>
        <source>spectacles | opticians | reading glasses | eye test</source>
        <extracomment>Other words people use for the card “Glasses” (health-glasses), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>optyk | okulary do czytania | badanie wzroku</translation>
    </message>
    <message>
        <source>sight loss | visually impaired | white cane | can't see | partially sighted</source>
        <extracomment>Other words people use for the card “Blind” (health-blind), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>utrata wzroku | słabowidzący | biała laska | nie widzę | niedowidzący</translation>
    </message>
    <message>
        <source>assistance dog | guide dogs | dog | helper dog</source>
        <extracomment>Other words people use for the card “Guide dog” (health-guide-dog), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pies asystujący | psy przewodniki | pies | pies pomocnik</translation>
    </message>
    <message>
        <source>choose | choices | decide | decision | options</source>
        <extracomment>Other words people use for the card “Choice” (rights-choice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wybierać | wybory | decydować | decyzja | opcje</translation>
    </message>
    <message>
        <source>refuse | no thank you | don't want | consent | my choice</source>
        <extracomment>Other words people use for the card “Say no” (rights-say-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>odmówić | nie dziękuję | nie chcę | zgoda | mój wybór</translation>
    </message>
    <message>
        <source>my rights | fair | law | justice | human rights</source>
        <extracomment>Other words people use for the card “Rights” (rights-rights), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>moje prawa | sprawiedliwie | prawo | sprawiedliwość | prawa człowieka</translation>
    </message>
    <message>
        <source>equality | equals | treated the same | equal rights | fair share</source>
        <extracomment>Other words people use for the card “Equal” (rights-equal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>równy | równi | tak samo traktowani | równe prawa | sprawiedliwy podział</translation>
    </message>
    <message>
        <source>speak out | advocacy | advocate | have your say | self-advocacy</source>
        <extracomment>Other words people use for the card “Speak up” (rights-speak-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mówić głośno | rzecznictwo | rzecznik | powiedz swoje zdanie | samorzecznictwo</translation>
    </message>
    <message>
        <source>complain | complaints | not happy | make a complaint | moan</source>
        <extracomment>Other words people use for the card “Complaint” (rights-complaint), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>skarżyć się | skargi | niezadowolony | złożyć skargę | reklamacja</translation>
    </message>
    <message>
        <source>info | find out | easy read | leaflet | tell me</source>
        <extracomment>Other words people use for the card “Information” (rights-information), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>info | dowiedzieć się | łatwy tekst | ulotka | powiedz mi</translation>
    </message>
    <message>
        <source>privacy | secret | confidential | locked | personal</source>
        <extracomment>Other words people use for the card “Private” (rights-private), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>prywatność | tajemnica | poufne | zamknięte | osobiste</translation>
    </message>
    <message>
        <source>safety | feel safe | protected | keep safe | safeguarding</source>
        <extracomment>Other words people use for the card “Safe” (topic-safety), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bezpieczeństwo | czuć się bezpiecznie | chroniony | ochrona | dbać o bezpieczeństwo</translation>
    </message>
    <message>
        <source>unsafe | danger | dangerous | risk | warning</source>
        <extracomment>Other words people use for the card “Not safe” (rights-unsafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>niebezpieczeństwo | groźne | ryzyko | ostrzeżenie | zagrożenie</translation>
    </message>
    <message>
        <source>hit | punch | violence | hurt me | abuse | bullying</source>
        <extracomment>Other words people use for the card “Hitting” (rights-hitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>uderzyć | bić | przemoc | krzywdzić | znęcanie | przemoc fizyczna</translation>
    </message>
    <message>
        <source>forbidden | banned | no entry | rule | must not</source>
        <extracomment>Other words people use for the card “Not allowed” (rights-not-allowed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zakazane | zakaz | zakaz wstępu | zasada | nie można</translation>
    </message>
    <message>
        <source>urgent | call 999 | alarm | siren</source>
        <extracomment>Other words people use for the card “Emergency” (rights-emergency), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pilne | zadzwoń 999 | alarm | syrena | 112</translation>
    </message>
    <message>
        <source>fire alarm | burning | smoke alarm | flames</source>
        <extracomment>Other words people use for the card “Fire” (rights-fire), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ogień | alarm pożarowy | pali się | czujnik dymu | płomienie</translation>
    </message>
    <message>
        <source>emergency exit | way out | exit | escape</source>
        <extracomment>Other words people use for the card “Fire exit” (rights-fire-exit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wyjście awaryjne | wyjście | droga ucieczki | ewakuacja</translation>
    </message>
    <message>
        <source>access | disabled access | accessibility | ramp | blue badge</source>
        <extracomment>Other words people use for the card “Accessible” (rights-accessible), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dostęp | dostęp dla niepełnosprawnych | dostępność | podjazd | niebieska karta</translation>
    </message>
    <message>
        <source>clock | what time | o'clock | hour | timing</source>
        <extracomment>Other words people use for the card “Time” (topic-time), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zegar | która godzina | godzina | punktualnie</translation>
    </message>
    <message>
        <source>date | diary | month | dates | planner</source>
        <extracomment>Other words people use for the card “Calendar” (topic-calendar), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>data | terminarz | miesiąc | daty | plan</translation>
    </message>
    <message>
        <source>this day | tonight | right now</source>
        <extracomment>Other words people use for the card “Today” (time-today), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dziś | dzisiaj wieczorem | teraz | w tej chwili</translation>
    </message>
    <message>
        <source>next day | the day after | tomorrow morning | tomorrow night</source>
        <extracomment>Other words people use for the card “Tomorrow” (time-tomorrow), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>następnego dnia | dzień później | jutro rano | jutro wieczorem</translation>
    </message>
    <message>
        <source>the day before | last night | before | last time</source>
        <extracomment>Other words people use for the card “Yesterday” (time-yesterday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dzień wcześniej | wczoraj wieczorem | przedtem | ostatnio</translation>
    </message>
    <message>
        <source>mornings | early | sunrise | first thing</source>
        <extracomment>Other words people use for the card “Morning” (time-morning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>poranek | ranek | wcześnie | wschód słońca</translation>
    </message>
    <message>
        <source>afternoons | midday | daytime | after lunch</source>
        <extracomment>Other words people use for the card “Afternoon” (time-afternoon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>po południu | południe | w dzień | po obiedzie</translation>
    </message>
    <message>
        <source>evenings | teatime | sunset | after tea</source>
        <extracomment>Other words people use for the card “Evening” (time-evening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wieczorem | wieczory | zachód słońca | po kolacji</translation>
    </message>
    <message>
        <source>nights | night time | dark | bedtime | overnight</source>
        <extracomment>Other words people use for the card “Night” (time-night), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>noce | w nocy | ciemno | pora spania | na noc</translation>
    </message>
    <message>
        <source>weeks | weekly | this week | next week | weekend</source>
        <extracomment>Other words people use for the card “Week” (time-week), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tygodnie | co tydzień | w tym tygodniu | w przyszłym tygodniu | weekend</translation>
    </message>
    <message>
        <source>later | not yet | in a bit | shortly | future</source>
        <extracomment>Other words people use for the card “Soon” (time-soon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>niedługo | później | jeszcze nie | za chwilę | przyszłość</translation>
    </message>
    <message>
        <source>waiting | hold on | hang on | waiting time | queue</source>
        <extracomment>Other words people use for the card “Wait” (time-wait), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>czekać | poczekaj | chwileczkę | czas oczekiwania | kolejka</translation>
    </message>
    <message>
        <source>alarm | alarm clock | get up | getting up</source>
        <extracomment>Other words people use for the card “Wake up” (time-wake-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>budzić się | budzik | wstawać | wstać</translation>
    </message>
    <message>
        <source>springtime | flowers | Easter | March</source>
        <extracomment>Other words people use for the card “Spring” (time-spring), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wiosną | kwiaty | Wielkanoc | marzec</translation>
    </message>
    <message>
        <source>summertime | sunshine | ice cream | hot weather</source>
        <extracomment>Other words people use for the card “Summer” (time-summer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>latem | słońce | lody | upał</translation>
    </message>
    <message>
        <source>fall | leaves | autumn leaves | October</source>
        <extracomment>Other words people use for the card “Autumn” (time-autumn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>jesienią | liście | jesienne liście | październik</translation>
    </message>
    <message>
        <source>snow | snowman | cold weather | wintertime</source>
        <extracomment>Other words people use for the card “Winter” (time-winter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>śnieg | bałwan | zimno | zimą</translation>
    </message>
    <message>
        <source>begin | let's go | play | starting</source>
        <extracomment>Other words people use for the card “Start” (meeting-start), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>początek | zaczynamy | zacząć | rozpocząć</translation>
    </message>
    <message>
        <source>finished | end | done | all done | the end</source>
        <extracomment>Other words people use for the card “Finish” (meeting-finish), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>skończone | zakończyć | gotowe | już | skończyć</translation>
    </message>
    <message>
        <source>speak | tell | talking | speaking</source>
        <extracomment>Other words people use for the card “Talk” (meeting-talk), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rozmawiać | powiedzieć | opowiadać | mówienie</translation>
    </message>
    <message>
        <source>hear | listening | pay attention | ear</source>
        <extracomment>Other words people use for the card “Listen” (meeting-listen), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>słyszeć | słuchanie | uwaga | ucho</translation>
    </message>
    <message>
        <source>watch | looking | show me | have a look</source>
        <extracomment>Other words people use for the card “Look” (meeting-look), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>oglądać | patrz | pokaż mi | zobaczyć</translation>
    </message>
    <message>
        <source>thinking | remember | memory | thought | forget</source>
        <extracomment>Other words people use for the card “Think” (meeting-think), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>myślenie | pamiętać | pamięć | myśl | zapomnieć</translation>
    </message>
    <message>
        <source>discussion | chat | conversation | talk about</source>
        <extracomment>Other words people use for the card “Discuss” (meeting-discuss), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dyskutować | rozmowa | pogawędka | porozmawiać o</translation>
    </message>
    <message>
        <source>teamwork | partnership | co-production | handshake | deal</source>
        <extracomment>Other words people use for the card “Work together” (meeting-work-together), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>praca zespołowa | partnerstwo | współtworzenie | uścisk dłoni | umowa</translation>
    </message>
    <message>
        <source>voting | ballot | election | decide together</source>
        <extracomment>Other words people use for the card “Vote” (meeting-vote), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>głosować | głos | wybory | decydujemy razem</translation>
    </message>
    <message>
        <source>chart | scores | count | outcome</source>
        <extracomment>Other words people use for the card “Results” (meeting-results), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wykres | punkty | liczenie | wynik</translation>
    </message>
    <message>
        <source>raise your hand | put your hand up | wait please | hand</source>
        <extracomment>Other words people use for the card “Hand up” (meeting-hand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>podnieś rękę | podnieść rękę | proszę czekać | ręka</translation>
    </message>
    <message>
        <source>quiet | shh | too noisy | noise | be quiet</source>
        <extracomment>Other words people use for the card “Quiet please” (meeting-quiet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cisza | ciszej | za głośno | hałas | bądźcie cicho</translation>
    </message>
    <message>
        <source>can't hear | speak up please | volume up | too quiet</source>
        <extracomment>Other words people use for the card “Louder” (meeting-louder), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nie słyszę | proszę mówić głośniej | podgłośnić | za cicho</translation>
    </message>
    <message>
        <source>slower | too fast | slowly | take your time</source>
        <extracomment>Other words people use for the card “Slow down” (meeting-slow-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zwolnij | za szybko | powoli | nie spiesz się</translation>
    </message>
    <message>
        <source>repeat | pardon | what did you say | one more time</source>
        <extracomment>Other words people use for the card “Say again” (meeting-say-again), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>powtórzyć | słucham? | co pan powiedział | jeszcze raz</translation>
    </message>
    <message>
        <source>swap | different | changes | do it differently</source>
        <extracomment>Other words people use for the card “Change” (meeting-change), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zmienić | zamiana | inaczej | zmiany</translation>
    </message>
    <message>
        <source>move on | next one | forward | carry on</source>
        <extracomment>Other words people use for the card “Next” (meeting-next), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>następny | następne | naprzód | kontynuować</translation>
    </message>
    <message>
        <source>backwards | previous | last one | return</source>
        <extracomment>Other words people use for the card “Go back” (meeting-back), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wstecz | poprzedni | poprzednie | powrót</translation>
    </message>
    <message>
        <source>agenda | list | plans | what's happening</source>
        <extracomment>Other words people use for the card “Plan” (meeting-plan), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>program | lista | plany | co się dzieje</translation>
    </message>
    <message>
        <source>notes | write down | minutes | take notes</source>
        <extracomment>Other words people use for the card “Write it down” (meeting-write), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>notatki | zapisać | protokół | robić notatki</translation>
    </message>
    <message>
        <source>ground rules | agreement | rule | how we work</source>
        <extracomment>Other words people use for the card “Rules” (meeting-rules), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>reguły | umowa | zasada | jak pracujemy</translation>
    </message>
    <message>
        <source>photo | photograph | camera | picture | take a picture</source>
        <extracomment>Other words people use for the card “Photos” (meeting-photos), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>zdjęcie | fotografia | aparat | zrobić zdjęcie</translation>
    </message>
    <message>
        <source>film | filming | recording | video camera</source>
        <extracomment>Other words people use for the card “Video” (meeting-video), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>film | filmowanie | nagranie | kamera</translation>
    </message>
    <message>
        <source>certificate | medal | prize | thank you award</source>
        <extracomment>Other words people use for the card “Award” (meeting-award), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dyplom | medal | wyróżnienie | podziękowanie</translation>
    </message>
    <message>
        <source>hooray | yay | we did it | success</source>
        <extracomment>Other words people use for the card “Celebrate” (meeting-celebrate), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hura | jej | udało się | sukces</translation>
    </message>
    <message>
        <source>sit | chair | seat | sitting</source>
        <extracomment>Other words people use for the card “Sit down” (meeting-sit-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>siadać | krzesło | miejsce | siedzieć</translation>
    </message>
    <message>
        <source>stand | standing | get up | stretch</source>
        <extracomment>Other words people use for the card “Stand up” (meeting-stand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stać | wstawać | rozciągnąć się | na stojąco</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Feelings</source>
        <extracomment>The name of a group of picture cards (“feelings”).</extracomment>
        <translation>Uczucia</translation>
    </message>
    <message>
        <source>Responses</source>
        <extracomment>The name of a group of picture cards (“responses”).</extracomment>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The name of a group of picture cards (“people”).</extracomment>
        <translation>Ludzie</translation>
    </message>
    <message>
        <source>Places</source>
        <extracomment>The name of a group of picture cards (“places”).</extracomment>
        <translation>Miejsca</translation>
    </message>
    <message>
        <source>Daily life</source>
        <extracomment>The name of a group of picture cards (“daily”).</extracomment>
        <translation>Codzienne życie</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>The name of a group of picture cards (“health”).</extracomment>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Rights and safety</source>
        <extracomment>The name of a group of picture cards (“rights”).</extracomment>
        <translation>Prawa i bezpieczeństwo</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>The name of a group of picture cards (“time”).</extracomment>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The name of a group of picture cards (“meeting”).</extracomment>
        <translation>Spotkanie</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Record of involvement</source>
        <extracomment>the title of a one-page certificate that a person took part in a meeting.</extracomment>
        <translation>Potwierdzenie udziału</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} took part in a co-production meeting.</source>
        <extracomment>on a certificate; {name} is the name the person chose to be credited by.</extracomment>
        <translation>Potwierdzamy udział osoby {name} w spotkaniu współtworzenia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Meeting: {title}</source>
        <extracomment>on a certificate; {title} is the meeting's title.</extracomment>
        <translation>Spotkanie: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Date: {date}</source>
        <extracomment>on a certificate; {date} is the meeting's date in words.</extracomment>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Place: {place}</source>
        <extracomment>on a certificate; {place} is where the meeting was held.</extracomment>
        <translation>Miejsce: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Time given: {time}</source>
        <extracomment>on a certificate; {time} is how long the meeting lasted, e.g. "1 hour 30 minutes".</extracomment>
        <translation>Poświęcony czas: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} gave their views on:</source>
        <extracomment>on a certificate, over the list of questions the person answered.</extracomment>
        <translation>Tematy, w których {name} zabiera głos:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They chose pictures to share their views.</source>
        <extracomment>on a certificate: the person used picture cards to say what they think.</extracomment>
        <translation>Ta osoba wybiera obrazki, żeby pokazać swoje zdanie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They agreed with other people's ideas.</source>
        <extracomment>on a certificate: the person added their marker to other people's ideas.</extracomment>
        <translation>Ta osoba zgadza się z pomysłami innych.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Their words are in the meeting summary.</source>
        <extracomment>on a certificate: what the person said is written in the meeting's summary.</extracomment>
        <translation>Słowa tej osoby są w podsumowaniu spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Given by {organisation}.</source>
        <extracomment>on a certificate; {organisation} ran the meeting and gives the certificate.</extracomment>
        <translation>Wydane przez: {organisation}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Signed: {line}</source>
        <extracomment>on a certificate, beside a line to sign on.</extracomment>
        <translation>Podpis: {line}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/pdf.py"/>
        <source>and {count} more</source>
        <translation>i jeszcze {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 hour</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>1 godzina</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} hours</source>
        <extracomment>a length of time on a certificate; {count} is 2 or more.</extracomment>
        <translation>{count} godz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 minute</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>1 minuta</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} minutes</source>
        <extracomment>a length of time on a certificate; {count} is 0 or 2 to 59.</extracomment>
        <translation>{count} min</translation>
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
        <translation>Poniedziałek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Tuesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Wtorek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Wednesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Środa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Thursday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Czwartek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Friday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Piątek</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Saturday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Sobota</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Sunday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Niedziela</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>January</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>stycznia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>February</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>lutego</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>March</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>marca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>April</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>kwietnia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>May</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>maja</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>June</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>czerwca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>July</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>lipca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>August</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>sierpnia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>September</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>września</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>October</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>października</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>November</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>listopada</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>December</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>grudnia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{weekday} {day} {month} {year}</source>
        <extracomment>a meeting's date on printouts. Reorder or punctuate as your language writes dates.</extracomment>
        <translation>{weekday}, {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Something went wrong. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code error.unknown). Shown when something unexpected went wrong (a fault in the program). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Coś poszło nie tak. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That cannot be used. Please check it and try again.</source>
        <extracomment>An error message shown to a person (code input.invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tego nie można użyć. Sprawdź to i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be found. It may have been removed.</source>
        <extracomment>An error message shown to a person (code not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można tego znaleźć. Być może zostało usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code file.no_space). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use that file or folder. Please choose another one.</source>
        <extracomment>An error message shown to a person (code file.not_allowed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop nie ma dostępu do tego pliku lub folderu. Wybierz inny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That place is read-only, so nothing can be saved there. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>To miejsce jest tylko do odczytu, więc nie można tam nic zapisać. Wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file or folder is not there any more. It may have been moved or removed.</source>
        <extracomment>An error message shown to a person (code file.not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tego pliku lub folderu już tam nie ma. Mógł zostać przeniesiony lub usunięty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The file could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odczytać ani zapisać pliku. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder: please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.is_folder). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} to folder: podaj nazwę pliku kończącą się na {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The folder {folder} does not exist.</source>
        <extracomment>An error message shown to a person (code file.no_folder). {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} does not end in {suffix}. Please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.wrong_suffix). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nazwa {file} nie kończy się na {suffix}. Podaj nazwę pliku kończącą się na {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use {file}. Please choose another file or folder.</source>
        <extracomment>An error message shown to a person (code file.not_allowed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop nie ma dostępu do {file}. Wybierz inny plik lub folder.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file or folder {file}.</source>
        <extracomment>An error message shown to a person (code file.not_found_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma pliku ani folderu {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odczytać ani zapisać {file}. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} cannot be saved: the folder {folder} cannot be written to. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.folder_not_writable). {file}: a file name. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zapisać {file}: nie można zapisywać w folderze {folder}. Wybierz inny folder.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text was expected.</source>
        <extracomment>An error message shown to a person (code text.not_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Oczekiwano tekstu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the meeting title.</source>
        <extracomment>An error message shown to a person (code meeting.title_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz tytuł spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting title is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.title_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tytuł spotkania jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The place is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.place_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Miejsce jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The date '{value}' is not a date. Please write it like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code meeting.date_invalid). 2026-11-26 is how the date must be written: keep it as it is. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest data. Wpisz ją tak: 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting with the id {id}.</source>
        <extracomment>An error message shown to a person (code meeting.missing). {id}: a meeting's id (letters, numbers and dashes). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma spotkania o identyfikatorze {id}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The purpose is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.purpose_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cel spotkania jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A decision is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.decision_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Jedna z decyzji jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} decisions. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.decisions_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Liczba decyzji: {count}. Prosimy wpisać najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A next step is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_step_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Jeden z kolejnych kroków jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} next steps. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.next_steps_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Liczba kolejnych kroków: {count}. Prosimy wpisać najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The next meeting is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_meeting_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Opis następnego spotkania jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contact is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.contact_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dane kontaktowe są za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a time. Please write it like 14:00.</source>
        <extracomment>An error message shown to a person (code meeting.time_not_understood). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>„{value}” to nie jest godzina. Prosimy wpisać ją tak: 14:00.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting ends at {ends}, before it starts at {starts}. Please check the times.</source>
        <extracomment>An error message shown to a person (code meeting.times_backwards). {ends}: a time of day, like 15:30. {starts}: a time of day, like 14:00. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Spotkanie kończy się o {ends}, zanim się zacznie o {starts}. Prosimy sprawdzić godziny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The organisation's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code settings.organisation_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nazwa organizacji jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of months. Please give a whole number from 1 to {limit}.</source>
        <extracomment>An error message shown to a person (code retention.months_invalid). {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest liczba miesięcy. Podaj liczbę całkowitą od 1 do {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the person's name.</source>
        <extracomment>An error message shown to a person (code person.name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz imię i nazwisko osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The person's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code person.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Imię i nazwisko osoby są za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not known on this laptop.</source>
        <extracomment>An error message shown to a person (code person.unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta osoba nie jest znana na tym laptopie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta osoba nie bierze udziału w tym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.already_here). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} już bierze udział w tym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has contributed to this meeting, so they stay on the list.</source>
        <extracomment>An error message shown to a person (code person.has_contributed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} ma już wypowiedzi w tym spotkaniu, więc zostaje na liście.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} already has the {colour} {shape} marker. Please choose another colour or shape.</source>
        <extracomment>An error message shown to a person (code person.marker_taken). {colour} {shape} is a marker, such as 'orange circle': reorder as your language needs. {name}: a person's name or a file name, as typed. {colour}: a marker colour, from the Markers words (orange, sky blue...). {shape}: a marker shape, from the Markers words (circle, square...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} ma już ten znacznik (kolor: {colour}, kształt: {shape}). Wybierz inny kolor lub kształt.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code person.name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz imię z co najmniej jedną literą lub cyfrą.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a chosen name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz wybrane imię z co najmniej jedną literą lub cyfrą.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the name they want to be credited as.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz imię, pod którym ta osoba chce być podpisana.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The name they want to be credited as is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Imię, pod którym ta osoba chce być podpisana, jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A chosen name is only used when the person is credited by a chosen name.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_unused). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wybrane imię jest używane tylko wtedy, gdy osoba jest podpisana wybranym imieniem.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to credit a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code credit.style_unknown). {choices} are the program's own names (full_name, initials...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany sposób podpisywania osoby: '{value}'. Użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All {count} markers are in use in this meeting. Please start a second meeting for more people.</source>
        <extracomment>An error message shown to a person (code marker.all_taken). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wszystkie znaczniki ({count}) są już używane w tym spotkaniu. Załóż drugie spotkanie dla kolejnych osób.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker colour: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.colour_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany kolor znacznika: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker shape: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.shape_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany kształt znacznika: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note about consent is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Notatka o zgodzie jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has not agreed to a photo being used. Record their consent first.</source>
        <extracomment>An error message shown to a person (code consent.no_photo). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} nie zgadza się na użycie zdjęcia. Najpierw zapisz zgodę tej osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.kind_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany rodzaj zgody: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way of asking for consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.how_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany sposób pytania o zgodę: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to name a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code consent.naming_unknown). {choices} are the program's own names (full_name, anonymous...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany sposób podpisywania osoby: '{value}'. Użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>What the person was told is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.told_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>To, co powiedziano tej osobie, jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} said no to take-home documents, so none are made for them.</source>
        <extracomment>An error message shown to a person (code consent.no_take_home). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name}: brak zgody na dokumenty do domu, więc ich nie tworzymy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the prompt.</source>
        <extracomment>An error message shown to a person (code prompt.text_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz temat.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The prompt is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code prompt.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Temat jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt does not exist.</source>
        <extracomment>An error message shown to a person (code prompt.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten temat nie istnieje.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contribution is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code contribution.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wypowiedź jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type what they said or choose at least one picture card.</source>
        <extracomment>An error message shown to a person (code contribution.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz, co ta osoba powiedziała, albo wybierz co najmniej jedną kartę obrazkową.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A contribution can have at most {limit} picture cards.</source>
        <extracomment>An error message shown to a person (code contribution.too_many_cards). {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wypowiedź może mieć najwyżej tyle kart obrazkowych: {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking: that person is not in this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.speaker_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wybierz, kto mówi: tej osoby nie ma w tym spotkaniu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.prompt_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten temat nie należy do tego spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution does not exist.</source>
        <extracomment>An error message shown to a person (code contribution.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta wypowiedź nie istnieje.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking first.</source>
        <extracomment>An error message shown to a person (code room.no_speaker). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Najpierw wybierz, kto mówi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting. Please choose someone from the list.</source>
        <extracomment>An error message shown to a person (code room.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tej osoby nie ma w tym spotkaniu. Wybierz kogoś z listy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No meeting is open in the room. Please open a meeting first.</source>
        <extracomment>An error message shown to a person (code room.not_open). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>W sali nie jest otwarte żadne spotkanie. Najpierw otwórz spotkanie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution was withdrawn: its words are gone, so it cannot be changed.</source>
        <extracomment>An error message shown to a person (code contribution.withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta wypowiedź została wycofana: jej słowa zostały usunięte, więc nie można jej zmienić.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta wypowiedź nie należy do tego spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>People cannot agree with their own contribution.</source>
        <extracomment>An error message shown to a person (code agreement.own_contribution). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zgodzić się z własną wypowiedzią.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting, so they cannot agree here.</source>
        <extracomment>An error message shown to a person (code agreement.person_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tej osoby nie ma na tym spotkaniu, więc nie może się tu zgodzić.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of support: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code support.role_unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany rodzaj wsparcia: '{value}'. Użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The supporter's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code support.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Imię osoby wspierającej jest za długie: {length} znaków, najwięcej można {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is nothing to undo.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_undo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma nic do cofnięcia.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A withdrawn contribution cannot be brought back: its words were erased.</source>
        <extracomment>An error message shown to a person (code room.undo_withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wycofanej wypowiedzi nie można przywrócić: jej słowa zostały usunięte.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>This meeting has no prompts yet, so nobody can pass on one.</source>
        <extracomment>An error message shown to a person (code room.no_prompt). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>To spotkanie nie ma jeszcze pytań, więc nikt nie może żadnego pominąć.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no contribution waiting to be confirmed.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_confirm). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Żadna wypowiedź nie czeka na potwierdzenie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name}, would you like to say something?</source>
        <extracomment>An error message shown to a person (code room.invitation). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name}, czy chcesz coś powiedzieć?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no picture card '{card}'.</source>
        <extracomment>An error message shown to a person (code card.missing). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma karty obrazkowej '{card}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's words.</source>
        <extracomment>An error message shown to a person (code card.label_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz słowa karty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's words are too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.label_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Słowa karty są za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's group.</source>
        <extracomment>An error message shown to a person (code card.group_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz grupę karty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's group is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.group_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Grupa karty jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's source.</source>
        <extracomment>An error message shown to a person (code card.source_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz źródło karty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's source is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.source_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Źródło karty jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The licence is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.licence_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Licencja jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The author is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.author_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Autor jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The other word is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.other_word_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Inne słowo jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code card.picture_not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zapisać tego obrazka: nie został przygotowany dla CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card has no stored picture.</source>
        <extracomment>An error message shown to a person (code card.no_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta karta nie ma zapisanego obrazka.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Only cards that people brought can be removed.</source>
        <extracomment>An error message shown to a person (code card.not_brought). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Usunąć można tylko karty dodane przez uczestników.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card is used in a meeting, so it stays.</source>
        <extracomment>An error message shown to a person (code card.in_use). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ta karta jest używana w spotkaniu, więc zostaje.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are no picture cards to export.</source>
        <extracomment>An error message shown to a person (code board.no_cards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma kart obrazkowych do wyeksportowania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is not a picture CoProd Desktop can open. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.not_a_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik nie jest obrazkiem, który CoProd Desktop może otworzyć. Wybierz zdjęcie lub obrazek, na przykład JPEG lub PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is empty. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik jest pusty. Wybierz zdjęcie lub obrazek, na przykład JPEG lub PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is damaged or incomplete, so it cannot be used. Please choose another copy of it.</source>
        <extracomment>An error message shown to a person (code picture.damaged). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten obrazek jest uszkodzony lub niepełny, więc nie można go użyć. Wybierz inną kopię.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_photo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik to rysunek (SVG), a nie zdjęcie. Wybierz zdjęcie lub obrazek, na przykład JPEG lub PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), which CoProd Desktop cannot use safely yet. Please save it as a PNG picture and choose that.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_card). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik to rysunek (SVG), którego CoProd Desktop nie może jeszcze bezpiecznie użyć. Zapisz go jako obrazek PNG i wybierz ten plik.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a PDF document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.pdf). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik to dokument PDF, a nie obrazek. Wybierz zdjęcie lub obrazek, na przykład JPEG lub PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a web page or text document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.web_page). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik to strona internetowa lub dokument tekstowy, a nie obrazek. Wybierz zdjęcie lub obrazek, na przykład JPEG lub PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo is in the HEIC format, which CoProd Desktop cannot open. Please save it as a JPEG first.</source>
        <extracomment>An error message shown to a person (code picture.heic). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>To zdjęcie jest w formacie HEIC, którego CoProd Desktop nie może otworzyć. Najpierw zapisz je jako JPEG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is not enough memory to open that picture. Please close other programs or choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.no_memory). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Za mało pamięci, aby otworzyć ten obrazek. Zamknij inne programy lub wybierz mniejszy obrazek.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is too big ({size_mb} MB). Please choose a picture smaller than {limit_mb} MB.</source>
        <extracomment>An error message shown to a person (code picture.too_big). {size_mb}: a size in megabytes, such as 12.5. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten plik jest za duży ({size_mb} MB). Wybierz obrazek mniejszy niż {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture has too many pixels to open safely (more than {millions} million). Please choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.too_many_pixels). {millions}: a number of millions, such as 50. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten obrazek ma za dużo pikseli, aby bezpiecznie go otworzyć (ponad {millions} mln). Wybierz mniejszy obrazek.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too small to see ({width} × {height} pixels). Please choose one at least {min_side} pixels on each side.</source>
        <extracomment>An error message shown to a person (code picture.too_small). {width}: a number of pixels. {height}: a number of pixels. {min_side}: a number of pixels. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten obrazek jest za mały, żeby go zobaczyć ({width} × {height} pikseli). Wybierz taki, który ma co najmniej {min_side} pikseli z każdej strony.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too long and thin to show. Please crop it first, then choose it again.</source>
        <extracomment>An error message shown to a person (code picture.too_thin). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ten obrazek jest za długi i za wąski, żeby go pokazać. Najpierw go przytnij, a potem wybierz ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file called {file} any more. Please choose the picture again.</source>
        <extracomment>An error message shown to a person (code picture.file_gone). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma już pliku o nazwie {file}. Wybierz obrazek ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to open {file}.</source>
        <extracomment>An error message shown to a person (code picture.not_allowed). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop nie ma dostępu do pliku {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read. Please choose it again, or choose another picture.</source>
        <extracomment>An error message shown to a person (code picture.unreadable). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odczytać pliku {file}. Wybierz go ponownie albo wybierz inny obrazek.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder, not a picture. Please choose a picture file inside it.</source>
        <extracomment>An error message shown to a person (code picture.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} to folder, a nie obrazek. Wybierz plik z obrazkiem w tym folderze.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not an ordinary file, so it cannot be used as a picture.</source>
        <extracomment>An error message shown to a person (code picture.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} nie jest zwykłym plikiem, więc nie można go użyć jako obrazka.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code photo.not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zapisać tego zdjęcia: nie zostało przygotowane dla CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The preferred name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.preferred_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Preferowane imię jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The formats must be a list such as Easy Read, Large print or Audio.</source>
        <extracomment>An error message shown to a person (code profile.formats_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Formaty muszą być listą, na przykład: Łatwy tekst, Duży druk lub Nagranie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a format CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.format_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest format znany CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of interpreter CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest rodzaj tłumacza znany CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a way of using the laptop CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.access_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest sposób korzystania z laptopa znany CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a switch set-up CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.switch_mode_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest ustawienie przełącznika znane CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a card size CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.card_size_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest rozmiar karty znany CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose a language from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wybierz język z listy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language CoProd Desktop knows. Please choose one from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest język znany CoProd Desktop. Wybierz język z listy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the language the interpreter speaks.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wpisz język, w którym mówi tłumacz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The interpreter's language is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Język tłumacza jest za długi (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Czas na każdym elemencie musi wynosić od {low} do {high} s.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time to hold the switch must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Czas przytrzymania przełącznika musi wynosić od {low} do {high} s.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.voice_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nazwa głosu jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note for the facilitator is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.notes_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Notatka dla prowadzącego jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text size must be between {low}% and {high}%, in steps of {step}%.</source>
        <extracomment>An error message shown to a person (code appearance.text_scale_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. {step}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rozmiar tekstu musi wynosić od {low}% do {high}%, co {step}%.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the colour themes in the list.</source>
        <extracomment>An error message shown to a person (code appearance.theme_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wybierz jeden z motywów kolorów z listy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the fonts in the list.</source>
        <extracomment>An error message shown to a person (code appearance.font_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wybierz jedną z czcionek z listy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Reduced motion must be on or off.</source>
        <extracomment>An error message shown to a person (code appearance.reduced_motion_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ograniczenie ruchu musi być włączone albo wyłączone.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a colour: write it as #RRGGBB, for example #1A4FD6.</source>
        <extracomment>An error message shown to a person (code colour.invalid). #RRGGBB and #1A4FD6 are how colours are written: keep them as they are. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest kolor: zapisz go jako #RRGGBB, na przykład #1A4FD6.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Opacity must be between 0 and 1, not {value}.</source>
        <extracomment>An error message shown to a person (code colour.opacity_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Krycie musi wynosić od 0 do 1, a nie {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Scanning must use one switch or two switches.</source>
        <extracomment>An error message shown to a person (code scanning.mode_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Skanowanie musi używać jednego albo dwóch przełączników.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Czas na każdym elemencie musi wynosić od {low} do {high} s.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The extra time on the first item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.first_item_extra_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dodatkowy czas na pierwszym elemencie musi wynosić od {low} do {high} s.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>How long to hold the switch must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Czas przytrzymania przełącznika musi wynosić od {low} do {high} s.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The pause after a press must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.debounce_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Przerwa po naciśnięciu musi wynosić od {low} do {high} s.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of rounds before scanning stops must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.passes_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Liczba okrążeń przed zatrzymaniem skanowania musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of items in a block must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.block_size_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Liczba elementów w bloku musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Spoken cues must be on or off.</source>
        <extracomment>An error message shown to a person (code scanning.spoken_cues_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Podpowiedzi głosowe muszą być włączone albo wyłączone.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown language '{value}'.</source>
        <extracomment>An error message shown to a person (code speech.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nieznany język '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The reading speed must be a whole number from {low} to {high} words a minute.</source>
        <extracomment>An error message shown to a person (code speech.rate_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Szybkość czytania musi być liczbą całkowitą od {low} do {high} słów na minutę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The volume must be between 0 and 1.</source>
        <extracomment>An error message shown to a person (code speech.volume_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Głośność musi wynosić od 0 do 1.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language code such as “en” or “cy”.</source>
        <extracomment>An error message shown to a person (code speech.language_tag_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest kod języka, taki jak „en” lub „cy”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A voice must be named by its id, or left unset.</source>
        <extracomment>An error message shown to a person (code speech.voice_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Głos trzeba podać przez jego identyfikator albo zostawić nieustawiony.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no speech engine can run on this computer.</source>
        <extracomment>An error message shown to a person (code speech.unavailable). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: na tym komputerze nie może działać żaden silnik mowy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be read aloud. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się tego przeczytać na głos. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper could not start.</source>
        <extracomment>An error message shown to a person (code speech.helper_failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: nie udało się uruchomić pomocnika mowy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper stopped while starting. {reason}</source>
        <extracomment>An error message shown to a person (code speech.helper_stopped_starting). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: pomocnik mowy zatrzymał się podczas uruchamiania. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). Remove that setting and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.switched_off). COPROD_SPEECH_DRIVER is the name of a setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona na tym komputerze (COPROD_SPEECH_DRIVER ma wartość „none”). Usuń to ustawienie i uruchom CoProd Desktop ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no voices are installed. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_voices). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: nie zainstalowano żadnych głosów. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the espeak-ng speech engine is not installed on this computer. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_espeak). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: silnik mowy espeak-ng nie jest zainstalowany na tym komputerze. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine '{value}' does not exist. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_unknown). {value}: what was given, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: silnik mowy '{value}' nie istnieje. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine could not start. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_failed). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: nie udało się uruchomić silnika mowy. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: a part of CoProd Desktop is missing (pyttsx3). Reinstall CoProd Desktop and start it again.</source>
        <extracomment>An error message shown to a person (code speech.pyttsx3_missing). pyttsx3 is the name of a program part: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona: brakuje części CoProd Desktop (pyttsx3). Zainstaluj CoProd Desktop ponownie i uruchom go jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_linux). espeak-ng and sudo apt install espeak-ng are a name and a command: keep them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zainstaluj espeak-ng (sudo apt install espeak-ng) i uruchom CoProd Desktop ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a Windows voice is installed (Settings, Time and language, Speech) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_windows). Name the Windows settings as a Windows in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Sprawdź, czy jest zainstalowany głos systemu Windows (Ustawienia, Czas i język, Mowa), i uruchom CoProd Desktop ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a system voice is installed (System Settings, Accessibility, Spoken Content) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_mac). Name the macOS settings as a Mac in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Sprawdź, czy jest zainstalowany głos systemowy (Ustawienia systemowe, Dostępność, Czytana zawartość), i uruchom CoProd Desktop ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech engine stopped responding. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.engine_stuck). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Silnik mowy przestał odpowiadać. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech stopped unexpectedly. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa nieoczekiwanie się zatrzymała. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech has been closed.</source>
        <extracomment>An error message shown to a person (code speech.closed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa została zamknięta.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech settings cannot be used. Please check them and try again.</source>
        <extracomment>An error message shown to a person (code speech.settings_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można użyć tych ustawień mowy. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The text could not be turned into speech. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.not_spoken). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zamienić tekstu na mowę. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.no_sound). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: this computer has no working sound output.</source>
        <extracomment>An error message shown to a person (code speech.no_sound_output). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku: ten komputer nie ma działającego wyjścia dźwięku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player did not finish.</source>
        <extracomment>An error message shown to a person (code speech.player_unfinished). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku: odtwarzacz dźwięku nie skończył pracy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player ({name}) stopped with an error.</source>
        <extracomment>An error message shown to a person (code speech.player_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku: odtwarzacz dźwięku ({name}) zatrzymał się z błędem.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” could not start.</source>
        <extracomment>An error message shown to a person (code speech.player_not_started). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku: nie można uruchomić odtwarzacza dźwięku „{name}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing). COPROD_AUDIO_PLAYER is the name of a setting: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku: odtwarzacz dźwięku „{name}” nie jest zainstalowany. Ustaw COPROD_AUDIO_PLAYER na polecenie odtwarzacza i uruchom CoProd Desktop ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Install alsa-utils (sudo apt install alsa-utils) or set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing_linux). alsa-utils, sudo apt install alsa-utils and COPROD_AUDIO_PLAYER are names and a command: keep them. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odtworzyć dźwięku: odtwarzacz dźwięku „{name}” nie jest zainstalowany. Zainstaluj alsa-utils (sudo apt install alsa-utils) albo ustaw COPROD_AUDIO_PLAYER na polecenie odtwarzacza i uruchom CoProd Desktop ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voices are installed, so nothing can be read aloud.</source>
        <extracomment>An error message shown to a person (code speech.voice_none). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie zainstalowano żadnych głosów, więc nic nie może zostać przeczytane na głos.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed; reading with another voice for {language} instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_missing). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Głos „{voice}” nie jest zainstalowany. Czytanie innym głosem dla języka: {language}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing). Not an error: said while reading aloud goes on in English. {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie zainstalowano głosu dla języka: {language}. Czytanie po angielsku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_other). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie zainstalowano głosu dla języka: {language}. Czytanie głosem „{other_voice}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_standard). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie zainstalowano głosu dla języka: {language}. Czytanie głosem standardowym.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie zainstalowano głosu „{voice}” ani żadnego głosu dla języka: {language}. Czytanie po angielsku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing_other). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie zainstalowano głosu „{voice}” ani żadnego głosu dla języka: {language}. Czytanie głosem „{other_voice}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” could not be used; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_not_usable). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można było użyć głosu „{voice}”. Czytanie głosem standardowym.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no text to save as audio.</source>
        <extracomment>An error message shown to a person (code audio.no_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma tekstu do zapisania jako dźwięk.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio file could not be saved. {reason}</source>
        <extracomment>An error message shown to a person (code audio.not_saved). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać pliku dźwiękowego. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Making the audio took too long, so it was stopped.</source>
        <extracomment>An error message shown to a person (code audio.too_slow). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tworzenie dźwięku trwało za długo, więc zostało przerwane.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech helper stopped before the audio was made.</source>
        <extracomment>An error message shown to a person (code audio.helper_stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pomocnik mowy zatrzymał się, zanim powstał dźwięk.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio could not be made. Please try again.</source>
        <extracomment>An error message shown to a person (code audio.not_made). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się utworzyć dźwięku. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off on this computer, so the sound file cannot be made.</source>
        <extracomment>An error message shown to a person (code audio.speech_off). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mowa jest wyłączona na tym komputerze, więc nie można utworzyć pliku dźwiękowego.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop has no language '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code language.unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>CoProd Desktop nie ma języka '{value}'. Użyj jednego z: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a prompt in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_prompt). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować „{title}”: temat z pliku należy już do innego spotkania na tym laptopie. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a contribution in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_contribution). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować „{title}”: wypowiedź z pliku należy już do innego spotkania na tym laptopie. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: it clashes with data on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.clash). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować „{title}”: koliduje to z danymi na tym laptopie. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: the picture card “{label}” ({card}) is not on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.card_missing). {title}: a meeting's title, as typed. {label}: a picture card's words. {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować „{title}”: karty obrazkowej „{label}” ({card}) nie ma na tym laptopie. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a meeting export file.</source>
        <extracomment>An error message shown to a person (code import.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to folder, a nie plik eksportu spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a file.</source>
        <extracomment>An error message shown to a person (code import.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest plik.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a meeting export (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code import.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: jest za duży jak na eksport spotkania (ponad {limit_mb} MB).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: there is no such file.</source>
        <extracomment>An error message shown to a person (code import.no_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: nie ma takiego pliku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it cannot be read. {reason}</source>
        <extracomment>An error message shown to a person (code import.unreadable). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: nie da się go odczytać. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is empty.</source>
        <extracomment>An error message shown to a person (code import.empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: plik jest pusty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not a meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_utf8). UTF-8 is the name of a text encoding: keep it as it is. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest tekst UTF-8, więc nie jest to eksport spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not valid JSON (line {line}, column {column}).</source>
        <extracomment>An error message shown to a person (code import.not_json). JSON is the name of a file format: keep it as it is. {file}: a file name. {line}: a line number. {column}: a column number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest poprawny JSON (wiersz {line}, kolumna {column}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a meeting export.</source>
        <extracomment>An error message shown to a person (code import.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: ma o wiele za głębokie zagnieżdżenie jak na eksport spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the field {name} appears twice in one place.</source>
        <extracomment>An error message shown to a person (code import.field_twice). {file}: a file name. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: pole {name} występuje dwa razy w jednym miejscu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.odd_value). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera wartość, której nie ma żaden eksport spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a CoProd Desktop meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_export). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest eksport spotkania CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has an unknown format version: {value}.</source>
        <extracomment>An error message shown to a person (code import.unknown_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: ma nieznaną wersję formatu: {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it was made by a newer version of CoProd Desktop (format version {value}). Please update CoProd Desktop to import it.</source>
        <extracomment>An error message shown to a person (code import.newer_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: utworzyła go nowsza wersja CoProd Desktop (wersja formatu {value}). Zaktualizuj CoProd Desktop, aby go zaimportować.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has neither words nor picture cards.</source>
        <extracomment>An error message shown to a person (code import.nothing_said). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie ma ani słów, ani kart obrazkowych.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {card} is not in the list of cards.</source>
        <extracomment>An error message shown to a person (code import.card_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} {card} nie ma na liście kart.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is credited to someone who is not among the people in the file.</source>
        <extracomment>An error message shown to a person (code import.person_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} jest przypisane komuś, kogo nie ma wśród osób w pliku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not one of the prompts in the file.</source>
        <extracomment>An error message shown to a person (code import.prompt_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest żadnym z tematów w pliku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is missing.</source>
        <extracomment>An error message shown to a person (code import.field_missing). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: brakuje {field}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a field a meeting export has.</source>
        <extracomment>An error message shown to a person (code import.field_unknown). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} to nie jest pole eksportu spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is empty.</source>
        <extracomment>An error message shown to a person (code import.field_empty). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} jest puste.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_long). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} jest za długie (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has {count} items, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_many). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} ma za dużo elementów (liczba: {count}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} lists the same thing twice.</source>
        <extracomment>An error message shown to a person (code import.listed_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} wymienia to samo dwa razy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is the same as {other}.</source>
        <extracomment>An error message shown to a person (code import.same_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {other}: another place in the file, such as people[2].id (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} jest takie samo jak {other}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not text.</source>
        <extracomment>An error message shown to a person (code import.not_text). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest tekstem.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a list.</source>
        <extracomment>An error message shown to a person (code import.not_list). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest listą.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a JSON object.</source>
        <extracomment>An error message shown to a person (code import.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest obiektem JSON.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a number.</source>
        <extracomment>An error message shown to a person (code import.not_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest liczbą.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a whole number.</source>
        <extracomment>An error message shown to a person (code import.not_whole_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an id.</source>
        <extracomment>An error message shown to a person (code import.not_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest identyfikatorem.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a picture card id.</source>
        <extracomment>An error message shown to a person (code import.not_card_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} {value} nie jest identyfikatorem karty obrazkowej.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a date written like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code import.not_date). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} {value} nie jest datą zapisaną tak: 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a UTC time written like 2026-11-26T10:00:00Z.</source>
        <extracomment>An error message shown to a person (code import.not_time). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} {value} nie jest czasem UTC zapisanym tak: 2026-11-26T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is {value}, which is not one of: {choices}.</source>
        <extracomment>An error message shown to a person (code import.not_one_of). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} ma wartość {value}, a dozwolone są: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} must be from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code import.out_of_range). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} musi wynosić od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the right kind of value.</source>
        <extracomment>An error message shown to a person (code import.wrong_type). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} ma wartość niewłaściwego rodzaju.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.wrong_value). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} ma wartość, której nie ma żaden eksport spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} cannot be used. {reason}</source>
        <extracomment>An error message shown to a person (code import.value_refused). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: nie można użyć {field}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Imported “{title}”. People added: {people}. Prompts added: {prompts}. Contributions added: {contributions}. Already here: {already}.</source>
        <extracomment>An error message shown to a person (code import.done). Not an error: said after a meeting export file was imported. {title}: a meeting's title, as typed. {people}: a number. {prompts}: a number. {contributions}: a number. {already}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zaimportowano „{title}”. Dodane osoby: {people}. Dodane tematy: {prompts}. Dodane wypowiedzi: {contributions}. Już tutaj: {already}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Communication profiles added: {count}.</source>
        <extracomment>An error message shown to a person (code import.profiles_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dodane profile komunikacyjne: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: {ref} is not one of the differences between the file and this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.not_a_conflict). {title}: a meeting's title, as typed. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować „{title}”: {ref} nie jest żadną z różnic między plikiem a tym laptopem. Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Withdrawn in the file, so withdrawn here too: {count}.</source>
        <extracomment>An error message shown to a person (code import.withdrawn_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wycofane w pliku, więc wycofane też tutaj: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s meeting details ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_meeting). Not an error: a meeting differed between a file and this laptop; this laptop's was kept. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zachowano dane spotkania z tego laptopa ({ref}): „{mine}”. W pliku jest: „{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s meeting details ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_meeting). Not an error: a meeting differed between a file and this laptop; the file's was taken. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Przyjęto dane spotkania z pliku ({ref}): „{theirs}”. Na tym laptopie było: „{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s prompt ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zachowano temat z tego laptopa ({ref}): „{mine}”. W pliku jest: „{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s prompt ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Przyjęto temat z pliku ({ref}): „{theirs}”. Na tym laptopie było: „{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s contribution ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zachowano wypowiedź z tego laptopa ({ref}): „{mine}”. W pliku jest: „{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s contribution ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Przyjęto wypowiedź z pliku ({ref}): „{theirs}”. Na tym laptopie było: „{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept how this laptop credits a person ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zachowano podpis osoby z tego laptopa ({ref}): „{mine}”. W pliku jest: „{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took how the file credits a person ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Przyjęto podpis osoby z pliku ({ref}): „{theirs}”. Na tym laptopie było: „{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code export.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać spotkania jako {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a role. The roles are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.role_unknown). {choices} are the program's own names (participant, observer...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest rola. Role to: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a choice of recognition. The choices are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.recognition_unknown). {choices} are the program's own names (payment, voucher...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest forma podziękowania. Można wybrać: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of minutes. Please give a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code involvement.minutes_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest liczba minut. Podaj liczbę całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of expense. The kinds are: {choices}.</source>
        <extracomment>An error message shown to a person (code expense.kind_unknown). {choices} are the program's own names (mileage, fare...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest rodzaj wydatku. Rodzaje to: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of miles. Please give a number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code expense.miles_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest liczba mil. Podaj liczbę od {low} do {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not an amount of money. Please write it like 12.50, up to {limit}.</source>
        <extracomment>An error message shown to a person (code expense.amount_invalid). 12.50 is an amount of money in pounds; {limit} is an amount such as £100,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' to nie jest kwota. Wpisz ją tak: 12.50, najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the miles travelled.</source>
        <extracomment>An error message shown to a person (code expense.miles_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Podaj liczbę przejechanych mil.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the amount of money.</source>
        <extracomment>An error message shown to a person (code expense.amount_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Podaj kwotę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code expense.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Notatka jest za długa (liczba znaków: {length}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That expense is not there any more. It may have been removed.</source>
        <extracomment>An error message shown to a person (code expense.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tego wydatku już nie ma. Możliwe, że ktoś go usunął.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' cannot be used as a rate. Please write an amount like 0.45, up to {limit}.</source>
        <extracomment>An error message shown to a person (code rates.invalid). 0.45 is an amount of money in pounds; {limit} is an amount such as £1,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' nie może być stawką. Wpisz kwotę tak: 0.45, najwyżej {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The end date comes before the start date. Please check the dates.</source>
        <extracomment>An error message shown to a person (code finance.dates_backwards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Data końca jest przed datą początku. Sprawdź daty.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already. A finance export never replaces a file: choose another name.</source>
        <extracomment>An error message shown to a person (code finance.file_exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} już istnieje. Eksport dla księgowości nigdy nie zastępuje pliku: wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The finance export could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code finance.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać eksportu dla księgowości jako {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a board file.</source>
        <extracomment>An error message shown to a person (code board.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to folder, a nie plik tablicy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code board.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: jest za duży jak na tablicę (ponad {limit_mb} MB).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB of text).</source>
        <extracomment>An error message shown to a person (code board.text_too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: jest za duży jak na tablicę (ponad {limit_mb} MB tekstu).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a part of it is empty.</source>
        <extracomment>An error message shown to a person (code board.part_empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: część pliku jest pusta.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_utf8). UTF-8 and Open Board Format are names: keep them as they are. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest tekst UTF-8, więc nie jest to tablica Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a board.</source>
        <extracomment>An error message shown to a person (code board.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: ma o wiele za głębokie zagnieżdżenie jak na tablicę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a number no board has.</source>
        <extracomment>An error message shown to a person (code board.odd_number). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera liczbę, której nie ma żadna tablica.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a readable .obz package (the zip file is damaged).</source>
        <extracomment>An error message shown to a person (code board.zip_damaged). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest czytelny pakiet .obz (plik zip jest uszkodzony).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds too many files ({count}; the most is {limit}).</source>
        <extracomment>An error message shown to a person (code board.too_many_files). {file}: a file name. {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera za dużo plików (liczba: {count}, najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it unpacks to more than {limit_mb} MB, too big for a board package.</source>
        <extracomment>An error message shown to a person (code board.too_big_unpacked). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: po rozpakowaniu ma ponad {limit_mb} MB, za dużo jak na pakiet tablicy.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file whose name leads outside the package ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_outside). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera plik, którego nazwa prowadzi poza pakiet ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a link to another place ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_link). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera odnośnik do innego miejsca ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file locked with a password ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_locked). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera plik zabezpieczony hasłem ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file packed in a way .obz packages do not use ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_packing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera plik spakowany w sposób, którego nie używają pakiety .obz ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds two files named {entry}.</source>
        <extracomment>An error message shown to a person (code board.entry_twice). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera dwa pliki o nazwie {entry}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is too big.</source>
        <extracomment>An error message shown to a person (code board.entry_too_big). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: plik {entry} w pakiecie jest za duży.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} holds more than the package says.</source>
        <extracomment>An error message shown to a person (code board.entry_lies). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: plik {entry} zawiera więcej, niż podaje pakiet.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is damaged.</source>
        <extracomment>An error message shown to a person (code board.entry_damaged). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: plik {entry} w pakiecie jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} unpacks to far more than it holds (a zip bomb).</source>
        <extracomment>An error message shown to a person (code board.zip_bomb). A zip bomb is a small file made to unpack to something huge, to fill a computer up. {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: plik {entry} po rozpakowaniu jest wielokrotnie większy niż w pakiecie (bomba zip).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an .obz package (an .obz file is a zip file).</source>
        <extracomment>An error message shown to a person (code board.not_zip). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest pakiet .obz (plik .obz to plik zip).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has no manifest.json, so it is not an .obz package.</source>
        <extracomment>An error message shown to a person (code board.no_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: nie ma w nim pliku manifest.json, więc to nie jest pakiet .obz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: manifest.json is not an Open Board Format manifest.</source>
        <extracomment>An error message shown to a person (code board.not_a_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: manifest.json nie jest manifestem Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the main board named in manifest.json ({entry}) is not in the package.</source>
        <extracomment>An error message shown to a person (code board.root_missing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: głównej tablicy wskazanej w manifest.json ({entry}) nie ma w pakiecie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the board {board} named in manifest.json is not in the package.</source>
        <extracomment>An error message shown to a person (code board.listed_missing). {file}: a file name. {board}: the name of a board file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: tablicy {board} wskazanej w manifest.json nie ma w pakiecie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds more than {limit} boards.</source>
        <extracomment>An error message shown to a person (code board.too_many_boards). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: zawiera za dużo tablic (najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_a_board). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: to nie jest tablica Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a board has more than {limit} buttons.</source>
        <extracomment>An error message shown to a person (code board.too_many_buttons). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: tablica ma za dużo przycisków (najwięcej: {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an object.</source>
        <extracomment>An error message shown to a person (code board.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest obiektem.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not true or false.</source>
        <extracomment>An error message shown to a person (code board.not_true_false). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie ma wartości prawda ani fałsz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the id of a button.</source>
        <extracomment>An error message shown to a person (code board.not_button_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} nie jest identyfikatorem przycisku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is used by two buttons.</source>
        <extracomment>An error message shown to a person (code board.id_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zaimportować {file}: {field} {value} jest używane przez dwa przyciski.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Picture cards added from “{board_name}”: {count}.</source>
        <extracomment>An error message shown to a person (code board.cards_added). Not an error: said after a board of picture buttons was brought in. {board_name}: the name of a board (a page of picture buttons), as in the file. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Karty obrazkowe dodane z „{board_name}”: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Of these, word cards (their words are their picture): {count}.</source>
        <extracomment>An error message shown to a person (code board.word_cards_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>W tym karty słowne (ich słowa są ich obrazkiem): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cards already here, so not added again: {count}.</source>
        <extracomment>An error message shown to a person (code board.already_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Karty, które już tu są, więc nie dodano ich ponownie: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Buttons left out: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out). Buttons on the board that did not become picture cards. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte przyciski: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have no words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_no_words). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo nie mają słów: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they are hidden on the board: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_hidden). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo są ukryte na tablicy: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they control the board and are not words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_control). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo sterują tablicą i nie są słowami: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have too many words for a card: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_too_long). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo mają za dużo słów na kartę: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is on the internet (it is never fetched): {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_online). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo ich obrazek jest w internecie (nigdy nie jest pobierany): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is an SVG drawing: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_svg). SVG is the name of a picture format: keep it as it is. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo ich obrazek jest rysunkiem SVG: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is not in the file: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_missing). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo ich obrazka nie ma w pliku: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture cannot be used: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_unusable). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte, bo ich obrazka nie można użyć: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Sounds left out (CoProd Desktop does not use sounds): {count}.</source>
        <extracomment>An error message shown to a person (code board.sounds_left_out). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Pominięte dźwięki (CoProd Desktop nie używa dźwięków): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards on the internet, not followed (CoProd Desktop makes no network calls): {count}.</source>
        <extracomment>An error message shown to a person (code board.links_online). A button on a board can open another board; this counts those not opened. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Linki do tablic w internecie, których nie otwarto (CoProd Desktop nie łączy się z siecią): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards that are not in this file, not followed: {count}.</source>
        <extracomment>An error message shown to a person (code board.links_not_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Linki do tablic spoza tego pliku, których nie otwarto: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The PDF could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code pdf.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać pliku PDF jako {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The copy for screen readers could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code html.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać kopii dla czytników ekranu jako {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not be read or written. What you typed is still on the screen.</source>
        <extracomment>An error message shown to a person (code database.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się odczytać ani zapisać bazy spotkań. To, co wpisano, nadal jest na ekranie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{path} is a folder, not a meeting database file.</source>
        <extracomment>An error message shown to a person (code database.is_folder). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{path} to folder, a nie plik bazy spotkań.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot read {path}. {reason}</source>
        <extracomment>An error message shown to a person (code database.unreadable). {path}: a file's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można odczytać {path}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.empty). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} jest pusty: nie ma w nim spotkań. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.empty_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} jest pusty: nie ma w nim spotkań. Plik pozostawiono bez zmian. Dostępna jest kopia zapasowa: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is not a CoProd Desktop meeting database. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.not_a_database). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} nie jest bazą spotkań CoProd Desktop. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.damaged). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} jest uszkodzony i nie można go otworzyć. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.damaged_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} jest uszkodzony i nie można go otworzyć. Plik pozostawiono bez zmian. Dostępna jest kopia zapasowa: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is a database from another program, not CoProd Desktop. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.other_program). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} to baza danych innego programu, a nie CoProd Desktop. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop. Please update CoProd Desktop to open it. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.newer). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} został zapisany przez nowszą wersję CoProd Desktop. Zaktualizuj CoProd Desktop, aby go otworzyć. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not switch to safe-write mode (WAL).</source>
        <extracomment>An error message shown to a person (code database.no_safe_mode). WAL is the name of a database setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się przełączyć bazy spotkań w tryb bezpiecznego zapisu (WAL).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting database at {path}.</source>
        <extracomment>An error message shown to a person (code database.missing). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie ma bazy spotkań w {path}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot create the folder {folder}. {reason}</source>
        <extracomment>An error message shown to a person (code database.folder_not_made). {folder}: a folder's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można utworzyć folderu {folder}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot write beside {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_write_beside). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można zapisywać obok {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot open {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_open). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można otworzyć {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already open in another CoProd Desktop window. Close that one first.</source>
        <extracomment>An error message shown to a person (code database.in_use). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} jest już otwarty w innym oknie CoProd Desktop. Najpierw zamknij tamto okno.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} cannot be opened safely: the folder {folder} cannot be written to. Move the file to a folder you can write to, or ask for access to this one.</source>
        <extracomment>An error message shown to a person (code database.folder_not_writable). {name}: a person's name or a file name, as typed. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie można bezpiecznie otworzyć {name}: nie można zapisywać w folderze {folder}. Przenieś plik do folderu, w którym możesz zapisywać, albo poproś o dostęp do tego folderu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by an older version of CoProd Desktop. Open it in CoProd Desktop once to bring it up to date, then try again.</source>
        <extracomment>An error message shown to a person (code database.older). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} został zapisany przez starszą wersję CoProd Desktop. Otwórz go raz w CoProd Desktop, aby go zaktualizować, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code database.disk_full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dysk jest pełny, więc nic nie zapisano. Zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is read-only, so nothing was saved.</source>
        <extracomment>An error message shown to a person (code database.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Baza spotkań jest tylko do odczytu, więc nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is busy in another program, so nothing was saved. Try again.</source>
        <extracomment>An error message shown to a person (code database.busy). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Baza spotkań jest zajęta przez inny program, więc nic nie zapisano. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was saved: the meeting database could not be written. Try again.</source>
        <extracomment>An error message shown to a person (code database.not_saved). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nic nie zapisano: nie udało się zapisać bazy spotkań. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop or by another program: its version number is not one this program knows. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.unknown_version). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Plik {name} zapisała nowsza wersja CoProd Desktop albo inny program: ten program nie zna jego numeru wersji. Plik pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file that held the latest changes to {name} (its -wal file) is gone. {name} was left as it is.</source>
        <extracomment>An error message shown to a person (code database.wal_lost). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Może brakować ostatnich zmian: plik z najnowszymi zmianami w {name} (jego plik -wal) zniknął. {name} pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file of latest changes beside {name} (its -wal file) does not belong to it. Both were left as they are.</source>
        <extracomment>An error message shown to a person (code database.wal_mismatch). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Może brakować ostatnich zmian: plik z najnowszymi zmianami obok {name} (jego plik -wal) nie należy do niego. Oba pozostawiono bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} can only be read: changes to it cannot be saved.</source>
        <extracomment>An error message shown to a person (code database.read_only_file). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} można tylko czytać: zmian w nim nie da się zapisać.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Whole-file check: no damage found.</source>
        <extracomment>An error message shown to a person (code check.integrity_ok). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Sprawdzenie całego pliku: nie znaleziono uszkodzeń.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}), the newest this program knows.</source>
        <extracomment>An error message shown to a person (code check.version). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wersja: {number} ({migration}), najnowsza, jaką zna ten program.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}). Opening it in CoProd Desktop brings it up to date.</source>
        <extracomment>An error message shown to a person (code check.version_older). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wersja: {number} ({migration}). Otwarcie w CoProd Desktop go zaktualizuje.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Latest changes (the -wal file): in order.</source>
        <extracomment>An error message shown to a person (code check.log_ok). -wal is the end of a file's name: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Najnowsze zmiany (plik -wal): w porządku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Newest good backup: {path} (saved {when}).</source>
        <extracomment>An error message shown to a person (code check.backup). {path}: a file's path. {when}: a date and time, such as 2026-11-26 14:05. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Najnowsza dobra kopia zapasowa: {path} (zapisana {when}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No good backup was found.</source>
        <extracomment>An error message shown to a person (code check.no_backup). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie znaleziono dobrej kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All is well.</source>
        <extracomment>An error message shown to a person (code check.all_well). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wszystko w porządku.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has a problem (see above).</source>
        <extracomment>An error message shown to a person (code check.problem). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} ma problem (zobacz wyżej).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup of the meeting database did not check out as a whole copy, so it was deleted: {name} was not kept. Your meetings are unchanged. Try again.</source>
        <extracomment>An error message shown to a person (code backup.check_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kopia zapasowa bazy spotkań nie okazała się pełną kopią, więc ją usunięto: {name} nie zachowano. Twoje spotkania są bez zmian. Spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup {name} could not be saved. {reason} Your meetings are unchanged.</source>
        <extracomment>An error message shown to a person (code backup.not_saved). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać kopii zapasowej {name}. {reason} Twoje spotkania są bez zmian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not a whole backup of a meeting database, so it was not used. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code backup.not_whole). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} nie jest pełną kopią zapasową bazy spotkań, więc jej nie użyto. Nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already: a backup never replaces a file. Choose another name.</source>
        <extracomment>An error message shown to a person (code backup.exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} już istnieje: kopia zapasowa nigdy nie zastępuje pliku. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The record could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code record.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nie udało się zapisać danych osoby jako {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before today still hold their data until {date}. Backups: {count}.</source>
        <extracomment>An error message shown to a person (code erase.backups_hold). {date}: a date, such as 2027-12-01. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kopie zapasowe sprzed dzisiaj przechowują te dane do {date}. Kopie zapasowe: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before an upgrade also hold their data until you delete them: {count}.</source>
        <extracomment>An error message shown to a person (code erase.upgrade_backups_kept). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Kopie zapasowe sprzed aktualizacji też przechowują te dane, dopóki ich nie usuniesz: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No backup holds their data.</source>
        <extracomment>An error message shown to a person (code erase.no_backups). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Żadna kopia zapasowa nie przechowuje danych tej osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was changed. Add --yes to erase or anonymise this person.</source>
        <extracomment>An error message shown to a person (code erase.not_confirmed). --yes is a command-line option: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nic nie zmieniono. Dodaj --yes, aby usunąć lub anonimizować tę osobę.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were erased from this laptop, with everything about them.</source>
        <extracomment>An error message shown to a person (code erase.erased). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Usunięto tę osobę z tego laptopa razem ze wszystkimi jej danymi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were anonymised. What they said stays, credited as a former participant.</source>
        <extracomment>An error message shown to a person (code erase.anonymised). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Zanonimizowano tę osobę. Jej słowa zostają, podpisane jako „Były uczestnik”.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Prompt</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Person</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Words</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Cards</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Obrazki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Time</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Confirmed</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Potwierdzone</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Agreed by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Zgadzają się</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Supported by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Ze wsparciem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>yes</source>
        <translation>tak</translation>
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
        <translation>angielski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Welsh</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>walijski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Polish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>polski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Arabic</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>arabski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Urdu</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>urdu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Punjabi</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>pendżabski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Bengali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>bengalski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Gujarati</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>gudżarati</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Romanian</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>rumuński</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Portuguese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>portugalski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Spanish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>hiszpański</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>French</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>francuski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Somali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>somalijski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Tamil</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>tamilski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Turkish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>turecki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Chinese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>chiński</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>orange</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>pomarańczowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>sky blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>błękitny</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>green</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>zielony</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>yellow</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>żółty</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>niebieski</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>red</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>czerwony</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>purple</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>fioletowy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>grey</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>szary</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>circle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>koło</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>square</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>kwadrat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>triangle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>trójkąt</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>diamond</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>romb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>star</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>gwiazda</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>hexagon</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>sześciokąt</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>heart</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>serce</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>cross</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>krzyżyk</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{colour} {shape}, {initials}</source>
        <extracomment>a person's marker on printouts: its colour, its shape and their initials. Reorder as your language needs, e.g. "{shape}, colour {colour}, {initials}".</extracomment>
        <translation>{shape}, kolor {colour}, {initials}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../coprod_desktop/services/pdf_page.py"/>
        <source>Page {number} of {total}</source>
        <extracomment>the footer of every printed page.</extracomment>
        <translation>Strona {number} z {total}</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Take-home sheets for you</source>
        <translation>Kartki do domu dla Ciebie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your words in reports</source>
        <translation>Twoje słowa w raportach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photos of you</source>
        <translation>Twoje zdjęcia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Sharing your communication profile</source>
        <translation>Udostępnianie Twojego profilu komunikacji</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How you are named</source>
        <translation>Jak Cię podpisujemy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>full name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>first name</source>
        <translation>imię</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>initials</source>
        <translation>inicjały</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>a name you chose</source>
        <translation>wybrane przez Ciebie imię</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>not named</source>
        <translation>bez imienia</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>participant</source>
        <translation>uczestnik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>co-facilitator</source>
        <translation>współprowadzący</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>expert by experience</source>
        <translation>ekspert przez doświadczenie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>supporter</source>
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>observer</source>
        <translation>obserwator</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>nothing chosen</source>
        <translation>nic nie wybrano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>payment</source>
        <translation>zapłata</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>voucher</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>as a volunteer</source>
        <translation>wolontariat</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>mileage</source>
        <translation>przejazd autem</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>fare</source>
        <translation>bilet</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>parking</source>
        <translation>parking</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>care</source>
        <translation>opieka</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>other</source>
        <translation>inne</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What we hold about you</source>
        <extracomment>the title of the document listing everything held about one person.</extracomment>
        <translation>Co o Tobie przechowujemy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you can do</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>Co możesz zrobić</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to change anything here.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>Możesz nas poprosić o zmianę wszystkiego, co tu jest.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to delete it.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>Możesz nas poprosić o usunięcie tych danych.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>About you</source>
        <extracomment>heading over a person's own details in their record.</extracomment>
        <translation>O Tobie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your name: {name}</source>
        <extracomment>in a person's record; {name} is their full name as we keep it.</extracomment>
        <translation>Twoje imię i nazwisko: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We added you on {date}.</source>
        <extracomment>in a person's record; {date} is when they were first added, in words.</extracomment>
        <translation>Dodaliśmy Cię: {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading speed: {rate} words a minute.</source>
        <translation>Twoja szybkość czytania (słowa na minutę): {rate}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading volume: {volume} out of 100.</source>
        <extracomment>in a person's record; {volume} is a number from 0 to 100.</extracomment>
        <translation>Twoja głośność czytania: {volume} na 100.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How we thank you: {choice}</source>
        <extracomment>in a person's record; {choice} is payment, voucher, as a volunteer...</extracomment>
        <translation>Jak Ci dziękujemy: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep your communication profile.</source>
        <extracomment>in a person's record: we keep notes on how they like to communicate.</extracomment>
        <translation>Przechowujemy Twój profil komunikacji.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You like to be called {name}.</source>
        <translation>Lubisz, gdy mówimy do Ciebie: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Our notes about you:</source>
        <extracomment>in a person's record, before the facilitator's notes about them.</extracomment>
        <translation>Nasze notatki o Tobie:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep this photo of you.</source>
        <translation>Przechowujemy to Twoje zdjęcie.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your photo</source>
        <translation>Twoje zdjęcie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Picture cards with your photo: {count}</source>
        <extracomment>in a person's record; {count} is a number of picture cards.</extracomment>
        <translation>Karty obrazkowe z Twoim zdjęciem: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your consent</source>
        <extracomment>heading over what a person agreed to, in their record.</extracomment>
        <translation>Twoja zgoda</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>yes</source>
        <extracomment>the answer "yes" in a person's record ("Photos of you: yes").</extracomment>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>no</source>
        <extracomment>the answer "no" in a person's record ("Photos of you: no").</extracomment>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you told us, and when:</source>
        <extracomment>in a person's record, over the list of every consent answer with its date.</extracomment>
        <translation>Twoje odpowiedzi i ich daty:</translation>
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
        <translation>Twoje spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You are not in any meeting.</source>
        <extracomment>in a person's record, when they took part in no meeting.</extracomment>
        <translation>Nie masz żadnych spotkań.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Date: {date}</source>
        <extracomment>in a person's record; {date} is a meeting's date in words.</extracomment>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Place: {place}</source>
        <extracomment>in a person's record; {place} is where a meeting was held.</extracomment>
        <translation>Miejsce: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your role: {role}</source>
        <extracomment>in a person's record; {role} is participant, co-facilitator...</extracomment>
        <translation>Twoja rola: {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>The name you chose: {name}</source>
        <extracomment>in a person's record; {name} is the name they chose for a meeting.</extracomment>
        <translation>Wybrane przez Ciebie imię: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Time you gave: {time}</source>
        <extracomment>in a person's record; {time} is like "1 hour 30 minutes".</extracomment>
        <translation>Twój poświęcony czas: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Other people's ideas you agreed with: {count}</source>
        <translation>Pomysły innych, z którymi się zgadzasz: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You said “not now” to:</source>
        <extracomment>in a person's record, over the questions they said "not now" to.</extracomment>
        <translation>Twoje „nie teraz” przy pytaniach:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photo of another person</source>
        <extracomment>stands for a picture card that is a photo of someone else (not shown).</extracomment>
        <translation>Zdjęcie innej osoby</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions, in their record.</extracomment>
        <translation>Twoje słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We hold nothing you said.</source>
        <extracomment>in a person's record, when they have no contributions.</extracomment>
        <translation>Nie przechowujemy żadnych Twoich słów.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>In “{title}” on {date}:</source>
        <extracomment>above one of a person's contributions; {title} is the meeting, {date} the day.</extracomment>
        <translation>Spotkanie „{title}”, {date}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You took this back on {date}.</source>
        <translation>Wycofane przez Ciebie: {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>✓ You said this is right.</source>
        <extracomment>under a contribution the person said was right.</extracomment>
        <translation>✓ Potwierdzone przez Ciebie: to się zgadza.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Made with support from your {role}.</source>
        <extracomment>under a contribution made with help; {role} is supporter, advocate or interpreter.</extracomment>
        <translation>Ze wsparciem (rola: {role}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Question: {prompt}</source>
        <extracomment>under a contribution; {prompt} is the question it answered.</extracomment>
        <translation>Pytanie: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your expenses</source>
        <extracomment>heading over a person's expenses, in their record.</extracomment>
        <translation>Twoje wydatki</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{title}: {kind}, {miles} miles</source>
        <translation>{title}: {kind}, mile: {miles}</translation>
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
        <translation>osoba wspierająca</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>advocate</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>rzecznik</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>interpreter</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>tłumacz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Someone no longer on the list</source>
        <extracomment>stands for a person who has since been taken off the meeting's list.</extracomment>
        <translation>Osoba, której nie ma już na liście</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Not shared outside the room, as they asked.</source>
        <extracomment>in place of a person's words, when they asked that their words are not used outside the meeting.</extracomment>
        <translation>Nie udostępniamy poza spotkaniem, na prośbę tej osoby.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from {supporter} ({role}):</source>
        <extracomment>above a person's words, made with someone's help; {supporter} is the helper's name, {role} their role (supporter, advocate, interpreter).</extracomment>
        <translation>{name} powiedział(a), ze wsparciem: {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from their {role}:</source>
        <extracomment>above a person's words, made with the help of someone not named.</extracomment>
        <translation>{name} powiedział(a), ze wsparciem (rola: {role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said:</source>
        <extracomment>above a person's words; {name} is the name they chose to be credited by.</extracomment>
        <translation>{name} mówi:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from {supporter} ({role}):</source>
        <extracomment>above the picture cards a person chose with someone's help.</extracomment>
        <translation>{name} wybrał(a) te obrazki, ze wsparciem: {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from their {role}:</source>
        <translation>{name} wybrał(a) te obrazki, ze wsparciem (rola: {role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures:</source>
        <extracomment>above the picture cards a person chose, when they said no words.</extracomment>
        <translation>{name} wybiera te obrazki:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ Potwierdzone: ta osoba powiedziała, że to się zgadza.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>{name} się zgadza.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: "Priya, Sam and Dot".</extracomment>
        <translation>{names} i {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>{names} się zgadzają.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What we decided</source>
        <extracomment>heading over the list of what the group decided in the meeting.</extracomment>
        <translation>Co postanowiliśmy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What happens next</source>
        <extracomment>heading over the list of actions after the meeting.</extracomment>
        <translation>Co dalej</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Our next meeting</source>
        <extracomment>heading over when and where the group meets next (the facilitator's words).</extracomment>
        <translation>Nasze następne spotkanie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Who to contact</source>
        <extracomment>heading over who to contact about the meeting, and how.</extracomment>
        <translation>Z kim się kontaktować</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0.</source>
        <extracomment>credit for the OpenMoji pictures, as their licence asks. Keep "OpenMoji", "openmoji.org" and "CC BY-SA 4.0" as they are.</extracomment>
        <translation>Obrazki na kartach: OpenMoji – otwarty projekt emoji i ikon (openmoji.org). Licencja: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>not given</source>
        <extracomment>in a picture's credit, for who made it or its licence when nobody said.</extracomment>
        <translation>nie podano</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>“{label}”: {author}. Licence: {licence}.</source>
        <extracomment>credit for a picture someone brought: its label, who made it, its licence.</extracomment>
        <translation>„{label}”: {author}. Licencja: {licence}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>About the pictures</source>
        <extracomment>heading over the credits for the pictures used.</extracomment>
        <translation>O obrazkach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Why we met: {purpose}</source>
        <extracomment>why the meeting was held; {purpose} is the facilitator's own short line.</extracomment>
        <translation>Dlaczego się spotkaliśmy: {purpose}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>What we talked about</source>
        <extracomment>heading over the list of questions the meeting talked about.</extracomment>
        <translation>O czym rozmawialiśmy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Who took part</source>
        <translation>Kto brał udział</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody has been added to this meeting yet.</source>
        <translation>Nikt nie został jeszcze dodany do tego spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Other things people said</source>
        <extracomment>heading over what people said that was not an answer to a question.</extracomment>
        <translation>Inne rzeczy, które powiedzieli uczestnicy</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Thank you to everyone who took part.</source>
        <extracomment>the last line of the group summary.</extracomment>
        <translation>Dziękujemy wszystkim za udział.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Meeting summary</source>
        <extracomment>the PDF's subject, shown in a PDF reader's document properties.</extracomment>
        <translation>Podsumowanie spotkania</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody added anything here.</source>
        <extracomment>under a question nobody answered.</extracomment>
        <translation>Nikt nic tu nie dodał.</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>Thank you, {name}.</source>
        <extracomment>the first line of a person's take-home sheet, in large type; {name} is the name they like to be called. (A name ending in a full stop, such as "T.N.", loses it here: "Thank you, T.N." rather than "T.N..".)</extracomment>
        <translation>Dziękujemy, {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Thank you for coming.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>Dziękujemy za przyjście.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You did not add anything this time. That is fine.</source>
        <extracomment>on the sheet of someone who took part without adding anything: kind, not a failure.</extracomment>
        <translation>Tym razem nie ma Twoich wypowiedzi. To nic złego.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Being there is taking part.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>Obecność to też udział.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you agreed with</source>
        <extracomment>heading over what other people said that this person agreed with.</extracomment>
        <translation>Z czym się zgadzasz</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your take-home sheet</source>
        <extracomment>the PDF's subject for one person's take-home sheet.</extracomment>
        <translation>Twoja kartka do domu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date} at {place}.</source>
        <extracomment>the meeting in one line on a take-home sheet; {title} is the meeting's title.</extracomment>
        <translation>Twoje spotkanie: „{title}”, {date}, {place}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date}.</source>
        <extracomment>the meeting in one line on a take-home sheet, when it has no place set.</extracomment>
        <translation>Twoje spotkanie: „{title}”, {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions on their take-home sheet.</extracomment>
        <translation>Twoje słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Other things you said</source>
        <extracomment>heading over what a person said that was not an answer to a question.</extracomment>
        <translation>Inne Twoje słowa</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your words are in the group summary too.</source>
        <extracomment>on a person's take-home sheet, after their own words.</extracomment>
        <translation>Twoje słowa są też w podsumowaniu spotkania.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} said: {words}</source>
        <translation>{name} mówi: {words}</translation>
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
        <translation>{name} wybiera obrazki: {pictures}.</translation>
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
        <translation>Oto, co mówi {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} did not add anything this time. Thank you for coming.</source>
        <extracomment>read aloud to someone who took part without adding anything.</extracomment>
        <translation>Tym razem {name} nic nie dodaje. Dziękujemy za przyjście.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>The question was: {question}</source>
        <translation>Pytanie brzmiało: {question}</translation>
    </message>
</context>
</TS>
