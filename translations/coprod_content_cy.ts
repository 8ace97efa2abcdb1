<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>Card</name>
    <message>
        <source>Very good</source>
        <extracomment>Picture card “feeling-very-good” in the group “Feelings”. English synonyms: brilliant, excellent, really good, fantastic, very happy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Da iawn</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>Picture card “feeling-good” in the group “Feelings”. English synonyms: fine, all right, nice, like it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Da</translation>
    </message>
    <message>
        <source>Okay</source>
        <extracomment>Picture card “feeling-okay” in the group “Feelings”. English synonyms: ok, so-so, in between, not bad, average. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gweddol</translation>
    </message>
    <message>
        <source>Not good</source>
        <extracomment>Picture card “feeling-not-good” in the group “Feelings”. English synonyms: bad, not nice, unhappy, don't like, disappointed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ddim yn dda</translation>
    </message>
    <message>
        <source>Very bad</source>
        <extracomment>Picture card “feeling-very-bad” in the group “Feelings”. English synonyms: awful, terrible, really bad, horrible, hate it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Drwg iawn</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>Picture card “feeling-not-sure” in the group “Feelings”. English synonyms: unsure, maybe, don't mind, thinking about it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Don't want to say</source>
        <extracomment>Picture card “response-dont-want-to-say” in the group “Feelings”. English synonyms: rather not say, pass, skip, no comment, keep it to myself. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ddim eisiau dweud</translation>
    </message>
    <message>
        <source>Happy</source>
        <extracomment>Picture card “feeling-happy” in the group “Feelings”. English synonyms: glad, pleased, cheerful, smile, joy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Sad</source>
        <extracomment>Picture card “feeling-sad” in the group “Feelings”. English synonyms: unhappy, down, crying, tearful, low. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Trist</translation>
    </message>
    <message>
        <source>Angry</source>
        <extracomment>Picture card “feeling-angry” in the group “Feelings”. English synonyms: cross, mad, furious, annoyed, livid. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Scared</source>
        <extracomment>Picture card “feeling-scared” in the group “Feelings”. English synonyms: frightened, afraid, fear, terrified. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ofnus</translation>
    </message>
    <message>
        <source>Worried</source>
        <extracomment>Picture card “response-worried” in the group “Feelings”. English synonyms: anxious, worry, concerned, nervous about, anxiety. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Poeni</translation>
    </message>
    <message>
        <source>Calm</source>
        <extracomment>Picture card “feeling-calm” in the group “Feelings”. English synonyms: relaxed, peaceful, chilled, settled. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tawel</translation>
    </message>
    <message>
        <source>Excited</source>
        <extracomment>Picture card “feeling-excited” in the group “Feelings”. English synonyms: can't wait, thrilled, amazed, looking forward. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cyffrous</translation>
    </message>
    <message>
        <source>Funny</source>
        <extracomment>Picture card “feeling-funny” in the group “Feelings”. English synonyms: laugh, laughing, joke, hilarious. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Doniol</translation>
    </message>
    <message>
        <source>Loved</source>
        <extracomment>Picture card “feeling-loved” in the group “Feelings”. English synonyms: cared for, appreciated, special, cared about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cael fy ngharu</translation>
    </message>
    <message>
        <source>Surprised</source>
        <extracomment>Picture card “feeling-surprised” in the group “Feelings”. English synonyms: shocked, wow, amazed, unexpected. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Synnu</translation>
    </message>
    <message>
        <source>Confused</source>
        <extracomment>Picture card “feeling-confused” in the group “Feelings”. English synonyms: don't understand, muddled, puzzled, lost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dryslyd</translation>
    </message>
    <message>
        <source>Bored</source>
        <extracomment>Picture card “feeling-bored” in the group “Feelings”. English synonyms: boring, nothing to do, dull, same old. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wedi diflasu</translation>
    </message>
    <message>
        <source>Fed up</source>
        <extracomment>Picture card “feeling-fed-up” in the group “Feelings”. English synonyms: sick of it, had enough, annoyed, not again. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llond bol</translation>
    </message>
    <message>
        <source>Embarrassed</source>
        <extracomment>Picture card “feeling-embarrassed” in the group “Feelings”. English synonyms: shy, awkward, ashamed, red face. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cywilydd</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <extracomment>Picture card “feeling-frustrated” in the group “Feelings”. English synonyms: irritated, wound up, stuck, can't do it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rhwystredig</translation>
    </message>
    <message>
        <source>Lonely</source>
        <extracomment>Picture card “feeling-lonely” in the group “Feelings”. English synonyms: alone, on my own, isolated, miss people, no one to talk to. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Unig</translation>
    </message>
    <message>
        <source>Nervous</source>
        <extracomment>Picture card “feeling-nervous” in the group “Feelings”. English synonyms: on edge, tense, jittery, butterflies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nerfus</translation>
    </message>
    <message>
        <source>Upset</source>
        <extracomment>Picture card “feeling-upset” in the group “Feelings”. English synonyms: very sad, crying, in tears, distressed, hurt. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wedi ypsetio</translation>
    </message>
    <message>
        <source>Stressed</source>
        <extracomment>Picture card “feeling-stressed” in the group “Feelings”. English synonyms: stress, under pressure, overwhelmed, too much. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dan straen</translation>
    </message>
    <message>
        <source>Heartbroken</source>
        <extracomment>Picture card “feeling-heartbroken” in the group “Feelings”. English synonyms: broken heart, grief, bereaved, loss, miss someone. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Torcalon</translation>
    </message>
    <message>
        <source>Tired</source>
        <extracomment>Picture card “feeling-tired” in the group “Feelings”. English synonyms: sleepy, worn out, exhausted, yawn. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wedi blino</translation>
    </message>
    <message>
        <source>Pain</source>
        <extracomment>Picture card “feeling-pain” in the group “Feelings”. English synonyms: hurt, hurts, ache, sore, painful, injury. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Poen</translation>
    </message>
    <message>
        <source>Ill</source>
        <extracomment>Picture card “feeling-ill” in the group “Feelings”. English synonyms: poorly, unwell, sick, not well, under the weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sâl</translation>
    </message>
    <message>
        <source>Feel sick</source>
        <extracomment>Picture card “feeling-sick” in the group “Feelings”. English synonyms: nausea, queasy, sick feeling, upset stomach. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Teimlo fel chwydu</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <extracomment>Picture card “feeling-dizzy” in the group “Feelings”. English synonyms: light-headed, woozy, wobbly, faint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Penysgafn</translation>
    </message>
    <message>
        <source>Hungry</source>
        <extracomment>Picture card “feeling-hungry” in the group “Feelings”. English synonyms: starving, peckish, want food, yummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Eisiau bwyd</translation>
    </message>
    <message>
        <source>Hot</source>
        <extracomment>Picture card “feeling-hot” in the group “Feelings”. English synonyms: too hot, warm, sweaty, boiling. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Poeth</translation>
    </message>
    <message>
        <source>Cold</source>
        <extracomment>Picture card “feeling-cold” in the group “Feelings”. English synonyms: too cold, chilly, freezing, shivering. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Oer</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Picture card “response-yes” in the group “Responses”. English synonyms: yeah, yep, correct, yes please. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Picture card “response-no” in the group “Responses”. English synonyms: nope, wrong, not right, incorrect. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Na</translation>
    </message>
    <message>
        <source>Agree</source>
        <extracomment>Picture card “response-agree” in the group “Responses”. English synonyms: thumbs up, me too, I agree, yes to that, for it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Disagree</source>
        <extracomment>Picture card “response-disagree” in the group “Responses”. English synonyms: thumbs down, don't agree, not for me, against. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Anghytuno</translation>
    </message>
    <message>
        <source>Don't know</source>
        <extracomment>Picture card “response-dont-know” in the group “Responses”. English synonyms: no idea, not know, dunno, no clue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <source>Idea</source>
        <extracomment>Picture card “response-idea” in the group “Responses”. English synonyms: suggestion, good idea, think of, what if. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Syniad</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Picture card “response-question” in the group “Responses”. English synonyms: ask, asking, query, wondering, questions. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Picture card “response-stop” in the group “Responses”. English synonyms: enough, no more, halt, leave it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Picture card “response-help” in the group “Responses”. English synonyms: help me, support, need help, assistance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <source>My turn</source>
        <extracomment>Picture card “response-my-turn” in the group “Responses”. English synonyms: me next, can I say, I want to say, my go. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fy nhro i</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Picture card “response-thank-you” in the group “Responses”. English synonyms: thanks, please, grateful, cheers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Diolch</translation>
    </message>
    <message>
        <source>Well done</source>
        <extracomment>Picture card “response-well-done” in the group “Responses”. English synonyms: clap, applause, good job, brilliant. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Go dda</translation>
    </message>
    <message>
        <source>Great</source>
        <extracomment>Picture card “response-great” in the group “Responses”. English synonyms: star, excellent, amazing, the best. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwych</translation>
    </message>
    <message>
        <source>Love</source>
        <extracomment>Picture card “response-love” in the group “Responses”. English synonyms: love it, really like, favourite, lovely, adore. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Caru</translation>
    </message>
    <message>
        <source>Hello</source>
        <extracomment>Picture card “response-hello” in the group “Responses”. English synonyms: hi, goodbye, bye, wave, see you. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Helo</translation>
    </message>
    <message>
        <source>Sorry</source>
        <extracomment>Picture card “response-sorry” in the group “Responses”. English synonyms: apologise, apology, my fault, forgive. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sori</translation>
    </message>
    <message>
        <source>Important</source>
        <extracomment>Picture card “response-important” in the group “Responses”. English synonyms: matters, really important, priority, key point. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pwysig</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>Picture card “response-more” in the group “Responses”. English synonyms: extra, increase, more please, another. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mwy</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>Picture card “response-less” in the group “Responses”. English synonyms: fewer, not so much, reduce, smaller. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llai</translation>
    </message>
    <message>
        <source>Break</source>
        <extracomment>Picture card “response-break” in the group “Responses”. English synonyms: rest, pause, cup of tea, time out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Egwyl</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Picture card “people-me” in the group “People”. English synonyms: myself, mine, my own. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fi</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Picture card “people-you” in the group “People”. English synonyms: yourself, your turn, you too. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>Picture card “topic-family” in the group “People”. English synonyms: relatives, parents, children, home life, next of kin. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Mum</source>
        <extracomment>Picture card “people-mum” in the group “People”. English synonyms: mother, mam, mom, mummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mam</translation>
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
        <translation>Ffrindiau</translation>
    </message>
    <message>
        <source>Man</source>
        <extracomment>Picture card “people-man” in the group “People”. English synonyms: men, gentleman, male, bloke. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dyn</translation>
    </message>
    <message>
        <source>Woman</source>
        <extracomment>Picture card “people-woman” in the group “People”. English synonyms: women, lady, female, ladies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Menyw</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Picture card “people-children” in the group “People”. English synonyms: child, kids, kid, young people, son, daughter. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Baby</source>
        <extracomment>Picture card “people-baby” in the group “People”. English synonyms: babies, newborn, infant, little one. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Babi</translation>
    </message>
    <message>
        <source>Older person</source>
        <extracomment>Picture card “people-older-person” in the group “People”. English synonyms: old, elderly, grandparent, nan, grandad. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Person hŷn</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Picture card “people-group” in the group “People”. English synonyms: everyone, team, all of us, together, groups. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Picture card “people-someone” in the group “People”. English synonyms: somebody, a person, stranger, someone else. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Picture card “topic-staff” in the group “People”. English synonyms: worker, name badge, employee, manager, team member. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Carer</source>
        <extracomment>Picture card “topic-carer” in the group “People”. English synonyms: support worker, care worker, personal assistant, helper, PA. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Doctor</source>
        <extracomment>Picture card “topic-doctor” in the group “People”. English synonyms: doctors, health worker, consultant, medic. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Meddyg</translation>
    </message>
    <message>
        <source>Nurse</source>
        <extracomment>Picture card “topic-nurse” in the group “People”. English synonyms: nurses, district nurse, community nurse, matron. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nyrs</translation>
    </message>
    <message>
        <source>Social worker</source>
        <extracomment>Picture card “people-social-worker” in the group “People”. English synonyms: social services, case worker, care manager, assessment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Picture card “people-teacher” in the group “People”. English synonyms: tutor, lecturer, trainer, teaching. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Athro</translation>
    </message>
    <message>
        <source>Student</source>
        <extracomment>Picture card “people-student” in the group “People”. English synonyms: learner, pupil, graduate, studying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Myfyriwr</translation>
    </message>
    <message>
        <source>Researcher</source>
        <extracomment>Picture card “people-researcher” in the group “People”. English synonyms: research, scientist, university, study. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ymchwilydd</translation>
    </message>
    <message>
        <source>Cook</source>
        <extracomment>Picture card “people-cook” in the group “People”. English synonyms: chef, kitchen staff, catering, cooks. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cogydd</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Picture card “people-police” in the group “People”. English synonyms: police officer, policeman, policewoman, PCSO, copper. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Firefighter</source>
        <extracomment>Picture card “people-firefighter” in the group “People”. English synonyms: fireman, fire brigade, fire service, firefighters. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Diffoddwr tân</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Picture card “topic-home” in the group “Places”. English synonyms: house, my home, where I live, flat, at home. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Day centre</source>
        <extracomment>Picture card “places-day-centre” in the group “Places”. English synonyms: day service, centre, club, drop-in, resource centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Canolfan ddydd</translation>
    </message>
    <message>
        <source>Hospital</source>
        <extracomment>Picture card “topic-hospital” in the group “Places”. English synonyms: ward, A and E, clinic, outpatients, hospitals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ysbyty</translation>
    </message>
    <message>
        <source>GP</source>
        <extracomment>Picture card “places-gp” in the group “Places”. English synonyms: doctor's surgery, surgery, doctor, health centre, family doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <extracomment>Picture card “places-pharmacy” in the group “Places”. English synonyms: chemist, chemist's, pharmacist, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fferyllfa</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>Picture card “places-office” in the group “Places”. English synonyms: offices, building, workplace, reception. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Council</source>
        <extracomment>Picture card “places-council” in the group “Places”. English synonyms: town hall, local authority, government, civic centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cyngor</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Picture card “places-community” in the group “Places”. English synonyms: neighbourhood, local area, neighbours, estate, local community. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>Picture card “places-town” in the group “Places”. English synonyms: town centre, city, high street, city centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tref</translation>
    </message>
    <message>
        <source>Park</source>
        <extracomment>Picture card “places-park” in the group “Places”. English synonyms: outside, outdoors, trees, green space, nature. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Parc</translation>
    </message>
    <message>
        <source>Shop</source>
        <extracomment>Picture card “places-shop” in the group “Places”. English synonyms: shops, supermarket, corner shop, store. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Siop</translation>
    </message>
    <message>
        <source>Cafe</source>
        <extracomment>Picture card “places-cafe” in the group “Places”. English synonyms: coffee shop, canteen, tea room, cafes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Caffi</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <extracomment>Picture card “places-restaurant” in the group “Places”. English synonyms: eating out, meal out, dinner out, takeaway. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bwyty</translation>
    </message>
    <message>
        <source>Pub</source>
        <extracomment>Picture card “places-pub” in the group “Places”. English synonyms: bar, beer garden, social club, drinks out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tafarn</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Picture card “places-library” in the group “Places”. English synonyms: libraries, borrow books, books, reading room. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <source>Cinema</source>
        <extracomment>Picture card “places-cinema” in the group “Places”. English synonyms: films, film, movie, movies, pictures. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sinema</translation>
    </message>
    <message>
        <source>Gym</source>
        <extracomment>Picture card “places-gym” in the group “Places”. English synonyms: fitness, weights, leisure centre, work out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Campfa</translation>
    </message>
    <message>
        <source>Church</source>
        <extracomment>Picture card “places-church” in the group “Places”. English synonyms: chapel, religion, Christian, service. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Eglwys</translation>
    </message>
    <message>
        <source>Mosque</source>
        <extracomment>Picture card “places-mosque” in the group “Places”. English synonyms: masjid, Muslim, Islam, prayers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mosg</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <extracomment>Picture card “places-worship” in the group “Places”. English synonyms: worship, faith, pray, prayer, temple, synagogue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Man addoli</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>Picture card “places-bank” in the group “Places”. English synonyms: banks, building society, cash machine, cashpoint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Banc</translation>
    </message>
    <message>
        <source>Hairdresser</source>
        <extracomment>Picture card “places-hairdresser” in the group “Places”. English synonyms: haircut, barber, hair, salon. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Siop trin gwallt</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>Picture card “places-bedroom” in the group “Places”. English synonyms: bed, my room, room, bedrooms. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ystafell wely</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>Picture card “places-living-room” in the group “Places”. English synonyms: lounge, sitting room, sofa, settee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lolfa</translation>
    </message>
    <message>
        <source>Lift</source>
        <extracomment>Picture card “places-lift” in the group “Places”. English synonyms: elevator, lifts, going up, going down. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lifft</translation>
    </message>
    <message>
        <source>Stairs</source>
        <extracomment>Picture card “places-stairs” in the group “Places”. English synonyms: steps, staircase, upstairs, downstairs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Grisiau</translation>
    </message>
    <message>
        <source>Transport</source>
        <extracomment>Picture card “topic-transport” in the group “Places”. English synonyms: travel, getting there, journey, coach, getting about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Trafnidiaeth</translation>
    </message>
    <message>
        <source>Bus</source>
        <extracomment>Picture card “places-bus” in the group “Places”. English synonyms: buses, bus ride, public transport, double decker. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bws</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <extracomment>Picture card “places-bus-stop” in the group “Places”. English synonyms: bus station, waiting for the bus, bus shelter, bus timetable. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Safle bws</translation>
    </message>
    <message>
        <source>Minibus</source>
        <extracomment>Picture card “places-minibus” in the group “Places”. English synonyms: van, community transport, ring and ride, dial a ride. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bws mini</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Picture card “places-train” in the group “Places”. English synonyms: trains, railway, station, tram. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Trên</translation>
    </message>
    <message>
        <source>Taxi</source>
        <extracomment>Picture card “places-taxi” in the group “Places”. English synonyms: cab, taxis, minicab, uber. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tacsi</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Picture card “places-car” in the group “Places”. English synonyms: cars, driving, drive, lift in a car. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Car</translation>
    </message>
    <message>
        <source>Bike</source>
        <extracomment>Picture card “places-bike” in the group “Places”. English synonyms: bicycle, cycling, cycle, ride a bike. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Beic</translation>
    </message>
    <message>
        <source>Plane</source>
        <extracomment>Picture card “places-plane” in the group “Places”. English synonyms: aeroplane, flying, flight, airport. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Awyren</translation>
    </message>
    <message>
        <source>Food</source>
        <extracomment>Picture card “topic-food” in the group “Daily life”. English synonyms: eat, eating, meal, meals, dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bwyd</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>Picture card “topic-drink” in the group “Daily life”. English synonyms: drinks, drinking, thirsty, cup. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Diod</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <extracomment>Picture card “daily-breakfast” in the group “Daily life”. English synonyms: cereal, porridge, morning meal, brekkie. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Brecwast</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Picture card “daily-lunch” in the group “Daily life”. English synonyms: sandwich, sandwiches, dinner time, packed lunch, midday meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cinio</translation>
    </message>
    <message>
        <source>Evening meal</source>
        <extracomment>Picture card “daily-evening-meal” in the group “Daily life”. English synonyms: supper, dinner, hot meal, stew, teatime meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pryd nos</translation>
    </message>
    <message>
        <source>Cooking</source>
        <extracomment>Picture card “daily-cooking” in the group “Daily life”. English synonyms: kitchen, make food, fry, baking, make dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Coginio</translation>
    </message>
    <message>
        <source>Fruit</source>
        <extracomment>Picture card “daily-fruit” in the group “Daily life”. English synonyms: apple, apples, banana, orange, five a day. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ffrwythau</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <extracomment>Picture card “daily-vegetables” in the group “Daily life”. English synonyms: veg, veggies, carrot, carrots, greens. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llysiau</translation>
    </message>
    <message>
        <source>Sweets</source>
        <extracomment>Picture card “daily-sweets” in the group “Daily life”. English synonyms: sweet, chocolate, treats, candy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Losin</translation>
    </message>
    <message>
        <source>Cake</source>
        <extracomment>Picture card “daily-cake” in the group “Daily life”. English synonyms: cakes, biscuits, pudding, dessert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cacen</translation>
    </message>
    <message>
        <source>Pizza</source>
        <extracomment>Picture card “daily-pizza” in the group “Daily life”. English synonyms: pizzas, takeaway, fast food, slice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pitsa</translation>
    </message>
    <message>
        <source>Chips</source>
        <extracomment>Picture card “daily-chips” in the group “Daily life”. English synonyms: fries, fish and chips, chippy, crisps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sglodion</translation>
    </message>
    <message>
        <source>Tea</source>
        <extracomment>Picture card “daily-tea” in the group “Daily life”. English synonyms: cuppa, cup of tea, teapot, brew, coffee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Te</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Picture card “daily-water” in the group “Daily life”. English synonyms: glass of water, tap water, thirsty, drink of water. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dŵr</translation>
    </message>
    <message>
        <source>Juice</source>
        <extracomment>Picture card “daily-juice” in the group “Daily life”. English synonyms: orange juice, squash, fruit juice, pop. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sudd</translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>Picture card “topic-money” in the group “Daily life”. English synonyms: cash, pounds, pay, payment, cost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Bank card</source>
        <extracomment>Picture card “daily-bank-card” in the group “Daily life”. English synonyms: debit card, contactless, credit card, cash card. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cerdyn banc</translation>
    </message>
    <message>
        <source>Bills</source>
        <extracomment>Picture card “daily-bills” in the group “Daily life”. English synonyms: bill, receipt, rent, council tax, paying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Biliau</translation>
    </message>
    <message>
        <source>Purse</source>
        <extracomment>Picture card “daily-purse” in the group “Daily life”. English synonyms: wallet, my money, pocket money, spending money. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pwrs</translation>
    </message>
    <message>
        <source>Shopping</source>
        <extracomment>Picture card “topic-shopping” in the group “Daily life”. English synonyms: trolley, groceries, buy, buying, go shopping. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Siopa</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>Picture card “topic-work” in the group “Daily life”. English synonyms: job, working, employment, volunteering, paid work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwaith</translation>
    </message>
    <message>
        <source>College</source>
        <extracomment>Picture card “topic-college” in the group “Daily life”. English synonyms: school, university, class, course, learning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Coleg</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Picture card “topic-phone” in the group “Daily life”. English synonyms: mobile, mobile phone, phone call, text, ring. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Computer</source>
        <extracomment>Picture card “daily-computer” in the group “Daily life”. English synonyms: laptop, PC, online, zoom, video call. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cyfrifiadur</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>Picture card “daily-tablet” in the group “Daily life”. English synonyms: iPad, tablet computer, screen, device. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llechen</translation>
    </message>
    <message>
        <source>Internet</source>
        <extracomment>Picture card “daily-internet” in the group “Daily life”. English synonyms: online, website, web, wifi, Google. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rhyngrwyd</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Picture card “daily-email” in the group “Daily life”. English synonyms: emails, e-mail, inbox, message. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Letter</source>
        <extracomment>Picture card “daily-letter” in the group “Daily life”. English synonyms: letters, post, envelope, mail. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>TV</source>
        <extracomment>Picture card “daily-tv” in the group “Daily life”. English synonyms: television, telly, watch TV, programmes, soaps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Teledu</translation>
    </message>
    <message>
        <source>Radio</source>
        <extracomment>Picture card “daily-radio” in the group “Daily life”. English synonyms: listen to the radio, podcast, wireless, radio station. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>Picture card “topic-sleep” in the group “Daily life”. English synonyms: sleeping, bed, asleep, nap, go to bed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cysgu</translation>
    </message>
    <message>
        <source>Washing</source>
        <extracomment>Picture card “topic-washing” in the group “Daily life”. English synonyms: wash, shower, showering, personal care, clean. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ymolchi</translation>
    </message>
    <message>
        <source>Bath</source>
        <extracomment>Picture card “daily-bath” in the group “Daily life”. English synonyms: bathroom, bathing, bath time, have a bath. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bath</translation>
    </message>
    <message>
        <source>Brush teeth</source>
        <extracomment>Picture card “daily-brush-teeth” in the group “Daily life”. English synonyms: toothbrush, teeth cleaning, brushing teeth, toothpaste. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Brwsio dannedd</translation>
    </message>
    <message>
        <source>Toilet</source>
        <extracomment>Picture card “topic-toilet” in the group “Daily life”. English synonyms: loo, bathroom, toilets, wee, poo. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Toiled</translation>
    </message>
    <message>
        <source>Clothes</source>
        <extracomment>Picture card “daily-clothes” in the group “Daily life”. English synonyms: clothing, get dressed, dressing, outfit, wear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dillad</translation>
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Picture card “daily-shoes” in the group “Daily life”. English synonyms: trainers, shoe, footwear, boots. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Esgidiau</translation>
    </message>
    <message>
        <source>Laundry</source>
        <extracomment>Picture card “daily-laundry” in the group “Daily life”. English synonyms: washing machine, washing clothes, ironing, clean clothes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Golchi dillad</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <extracomment>Picture card “daily-cleaning” in the group “Daily life”. English synonyms: tidy, tidying, housework, hoover, sweep. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Glanhau</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Picture card “daily-keys” in the group “Daily life”. English synonyms: key, door key, lock up, house keys. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Allweddi</translation>
    </message>
    <message>
        <source>Activities</source>
        <extracomment>Picture card “topic-activities” in the group “Daily life”. English synonyms: things to do, activity, hobby, hobbies, crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gweithgareddau</translation>
    </message>
    <message>
        <source>Art</source>
        <extracomment>Picture card “daily-art” in the group “Daily life”. English synonyms: painting, paint, drawing, draw, arts and crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Celf</translation>
    </message>
    <message>
        <source>Music</source>
        <extracomment>Picture card “topic-music” in the group “Daily life”. English synonyms: songs, song, listen to music, band, concert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cerddoriaeth</translation>
    </message>
    <message>
        <source>Singing</source>
        <extracomment>Picture card “daily-singing” in the group “Daily life”. English synonyms: sing, karaoke, choir, singer. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Canu</translation>
    </message>
    <message>
        <source>Dancing</source>
        <extracomment>Picture card “daily-dancing” in the group “Daily life”. English synonyms: dance, disco, dancer, party dance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dawnsio</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Picture card “daily-reading” in the group “Daily life”. English synonyms: read, book, story, magazine. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Darllen</translation>
    </message>
    <message>
        <source>Writing</source>
        <extracomment>Picture card “daily-writing” in the group “Daily life”. English synonyms: write, writer, handwriting, pen. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <source>Games</source>
        <extracomment>Picture card “daily-games” in the group “Daily life”. English synonyms: board games, dice, bingo, card games, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gemau</translation>
    </message>
    <message>
        <source>Video games</source>
        <extracomment>Picture card “daily-video-games” in the group “Daily life”. English synonyms: computer games, gaming, PlayStation, Xbox, console. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gemau fideo</translation>
    </message>
    <message>
        <source>Puzzles</source>
        <extracomment>Picture card “daily-puzzles” in the group “Daily life”. English synonyms: jigsaw, puzzle, crossword, quiz. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Posau</translation>
    </message>
    <message>
        <source>Knitting</source>
        <extracomment>Picture card “daily-knitting” in the group “Daily life”. English synonyms: knit, wool, crochet, sewing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwau</translation>
    </message>
    <message>
        <source>Gardening</source>
        <extracomment>Picture card “daily-gardening” in the group “Daily life”. English synonyms: garden, gardener, plants, flowers, allotment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Garddio</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Picture card “daily-fishing” in the group “Daily life”. English synonyms: fish, angling, fishing rod, go fishing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pysgota</translation>
    </message>
    <message>
        <source>Bowling</source>
        <extracomment>Picture card “daily-bowling” in the group “Daily life”. English synonyms: ten pin bowling, bowls, skittles, bowling alley. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bowlio</translation>
    </message>
    <message>
        <source>Pets</source>
        <extracomment>Picture card “daily-pets” in the group “Daily life”. English synonyms: dog, dogs, pet, cat, animals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Sport</source>
        <extracomment>Picture card “topic-sport” in the group “Daily life”. English synonyms: football, sports, match, team sport, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Chwaraeon</translation>
    </message>
    <message>
        <source>Swimming</source>
        <extracomment>Picture card “daily-swimming” in the group “Daily life”. English synonyms: swim, swimming pool, pool, swimming baths. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nofio</translation>
    </message>
    <message>
        <source>Walking</source>
        <extracomment>Picture card “daily-walking” in the group “Daily life”. English synonyms: walk, go for a walk, on foot, stroll. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cerdded</translation>
    </message>
    <message>
        <source>Exercise</source>
        <extracomment>Picture card “daily-exercise” in the group “Daily life”. English synonyms: running, run, keep fit, jogging, get active. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ymarfer corff</translation>
    </message>
    <message>
        <source>Relax</source>
        <extracomment>Picture card “daily-relax” in the group “Daily life”. English synonyms: relaxing, yoga, meditation, chill out, mindfulness. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ymlacio</translation>
    </message>
    <message>
        <source>Party</source>
        <extracomment>Picture card “daily-party” in the group “Daily life”. English synonyms: parties, celebration, disco night, party time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Birthday</source>
        <extracomment>Picture card “daily-birthday” in the group “Daily life”. English synonyms: birthdays, birthday cake, my birthday, happy birthday. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pen-blwydd</translation>
    </message>
    <message>
        <source>Christmas</source>
        <extracomment>Picture card “daily-christmas” in the group “Daily life”. English synonyms: Xmas, festive, Christmas tree, holidays. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nadolig</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Picture card “daily-present” in the group “Daily life”. English synonyms: gift, presents, gifts, wrapped present. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Anrheg</translation>
    </message>
    <message>
        <source>Day out</source>
        <extracomment>Picture card “daily-day-out” in the group “Daily life”. English synonyms: trip, excursion, day trip, going out, days out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Diwrnod allan</translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Picture card “topic-holiday” in the group “Daily life”. English synonyms: holidays, beach, seaside, going away, vacation. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwyliau</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Picture card “topic-health” in the group “Health”. English synonyms: healthy, check-up, health check, stethoscope, wellbeing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Medicines</source>
        <extracomment>Picture card “topic-medicines” in the group “Health”. English synonyms: medicine, tablets, pills, meds, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>Picture card “health-appointment” in the group “Health”. English synonyms: appointments, booking, check-up, clinic appointment, see the doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Apwyntiad</translation>
    </message>
    <message>
        <source>Mental health</source>
        <extracomment>Picture card “health-mental-health” in the group “Health”. English synonyms: mind, mental wellbeing, anxiety, depression, feelings. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Headache</source>
        <extracomment>Picture card “health-headache” in the group “Health”. English synonyms: head hurts, migraine, sore head, head pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cur pen</translation>
    </message>
    <message>
        <source>Earache</source>
        <extracomment>Picture card “health-earache” in the group “Health”. English synonyms: ear pain, sore ear, ear infection, ear hurts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Clust dost</translation>
    </message>
    <message>
        <source>Broken bone</source>
        <extracomment>Picture card “health-broken-bone” in the group “Health”. English synonyms: broken leg, broken arm, fracture, plaster cast. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Asgwrn wedi torri</translation>
    </message>
    <message>
        <source>Teeth</source>
        <extracomment>Picture card “health-teeth” in the group “Health”. English synonyms: tooth, dentist, toothache, dental. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dannedd</translation>
    </message>
    <message>
        <source>Heart</source>
        <extracomment>Picture card “health-heart” in the group “Health”. English synonyms: heart problem, heartbeat, blood pressure, chest pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Calon</translation>
    </message>
    <message>
        <source>Breathing</source>
        <extracomment>Picture card “health-breathing” in the group “Health”. English synonyms: lungs, breath, asthma, short of breath, chest. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Anadlu</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>Picture card “health-temperature” in the group “Health”. English synonyms: thermometer, fever, high temperature, hot and cold. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tymheredd</translation>
    </message>
    <message>
        <source>Cough</source>
        <extracomment>Picture card “health-cough” in the group “Health”. English synonyms: coughing, covid, chesty, sore throat. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Peswch</translation>
    </message>
    <message>
        <source>Sneezing</source>
        <extracomment>Picture card “health-sneezing” in the group “Health”. English synonyms: sneeze, runny nose, flu, hay fever, tissue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tisian</translation>
    </message>
    <message>
        <source>Being sick</source>
        <extracomment>Picture card “health-being-sick” in the group “Health”. English synonyms: vomit, vomiting, throw up, throwing up, sick bug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Chwydu</translation>
    </message>
    <message>
        <source>Face mask</source>
        <extracomment>Picture card “health-mask” in the group “Health”. English synonyms: mask, masks, infection, germs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mwgwd wyneb</translation>
    </message>
    <message>
        <source>Wash hands</source>
        <extracomment>Picture card “health-wash-hands” in the group “Health”. English synonyms: hand washing, hygiene, soap, clean hands. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Golchi dwylo</translation>
    </message>
    <message>
        <source>Injection</source>
        <extracomment>Picture card “health-injection” in the group “Health”. English synonyms: jab, vaccine, needle, vaccination, flu jab. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pigiad</translation>
    </message>
    <message>
        <source>Blood test</source>
        <extracomment>Picture card “health-blood-test” in the group “Health”. English synonyms: blood, blood sample, bleeding, blood tests. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Prawf gwaed</translation>
    </message>
    <message>
        <source>Plaster</source>
        <extracomment>Picture card “health-plaster” in the group “Health”. English synonyms: plasters, cut, wound, bandage, graze. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Plastr</translation>
    </message>
    <message>
        <source>X-ray</source>
        <extracomment>Picture card “health-x-ray” in the group “Health”. English synonyms: x-rays, scan, MRI, radiology. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pelydr-X</translation>
    </message>
    <message>
        <source>Weight</source>
        <extracomment>Picture card “health-weight” in the group “Health”. English synonyms: weigh, scales, weigh in, lose weight, BMI. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pwysau</translation>
    </message>
    <message>
        <source>Healthy eating</source>
        <extracomment>Picture card “health-healthy-eating” in the group “Health”. English synonyms: salad, healthy food, diet, good food. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bwyta'n iach</translation>
    </message>
    <message>
        <source>Smoking</source>
        <extracomment>Picture card “health-smoking” in the group “Health”. English synonyms: smoke, cigarette, cigarettes, vaping, stop smoking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ysmygu</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <extracomment>Picture card “health-alcohol” in the group “Health”. English synonyms: beer, wine, drinking alcohol, booze, lager. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <extracomment>Picture card “health-pregnant” in the group “Health”. English synonyms: pregnancy, expecting, having a baby, bump. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Beichiog</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <extracomment>Picture card “health-ambulance” in the group “Health”. English synonyms: paramedic, 999, paramedics, blue lights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ambiwlans</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <extracomment>Picture card “topic-wheelchair” in the group “Health”. English synonyms: wheelchair user, wheelchairs, mobility, push chair. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cadair olwyn</translation>
    </message>
    <message>
        <source>Mobility scooter</source>
        <extracomment>Picture card “health-mobility-scooter” in the group “Health”. English synonyms: scooter, powered wheelchair, electric wheelchair, buggy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sgwter symudedd</translation>
    </message>
    <message>
        <source>Crutches</source>
        <extracomment>Picture card “health-crutches” in the group “Health”. English synonyms: crutch, walking aid, walking stick, walking frame. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Baglau</translation>
    </message>
    <message>
        <source>Hearing</source>
        <extracomment>Picture card “topic-hearing” in the group “Health”. English synonyms: hearing aid, ears, hard of hearing, hear, hearing loss. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Clyw</translation>
    </message>
    <message>
        <source>Deaf</source>
        <extracomment>Picture card “health-deaf” in the group “Health”. English synonyms: deafness, can't hear, sign language, BSL, deaf person. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Byddar</translation>
    </message>
    <message>
        <source>Seeing</source>
        <extracomment>Picture card “topic-seeing” in the group “Health”. English synonyms: sight, eyes, eye, vision, eyesight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gweld</translation>
    </message>
    <message>
        <source>Glasses</source>
        <extracomment>Picture card “health-glasses” in the group “Health”. English synonyms: spectacles, opticians, reading glasses, eye test. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sbectol</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Picture card “health-blind” in the group “Health”. English synonyms: sight loss, visually impaired, white cane, can't see, partially sighted. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dall</translation>
    </message>
    <message>
        <source>Guide dog</source>
        <extracomment>Picture card “health-guide-dog” in the group “Health”. English synonyms: assistance dog, guide dogs, dog, helper dog. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ci tywys</translation>
    </message>
    <message>
        <source>Choice</source>
        <extracomment>Picture card “rights-choice” in the group “Rights and safety”. English synonyms: choose, choices, decide, decision, options. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dewis</translation>
    </message>
    <message>
        <source>Say no</source>
        <extracomment>Picture card “rights-say-no” in the group “Rights and safety”. English synonyms: refuse, no thank you, don't want, consent, my choice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dweud na</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Picture card “rights-rights” in the group “Rights and safety”. English synonyms: my rights, fair, law, justice, human rights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hawliau</translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Picture card “rights-equal” in the group “Rights and safety”. English synonyms: equality, equals, treated the same, equal rights, fair share. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cyfartal</translation>
    </message>
    <message>
        <source>Speak up</source>
        <extracomment>Picture card “rights-speak-up” in the group “Rights and safety”. English synonyms: speak out, advocacy, advocate, have your say, self-advocacy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Codi llais</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>Picture card “rights-complaint” in the group “Rights and safety”. English synonyms: complain, complaints, not happy, make a complaint, moan. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cwyn</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Picture card “rights-information” in the group “Rights and safety”. English synonyms: info, find out, easy read, leaflet, tell me. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>Picture card “rights-private” in the group “Rights and safety”. English synonyms: privacy, secret, confidential, locked, personal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Preifat</translation>
    </message>
    <message>
        <source>Safe</source>
        <extracomment>Picture card “topic-safety” in the group “Rights and safety”. English synonyms: safety, feel safe, protected, keep safe, safeguarding. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Diogel</translation>
    </message>
    <message>
        <source>Not safe</source>
        <extracomment>Picture card “rights-unsafe” in the group “Rights and safety”. English synonyms: unsafe, danger, dangerous, risk, warning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ddim yn ddiogel</translation>
    </message>
    <message>
        <source>Hitting</source>
        <extracomment>Picture card “rights-hitting” in the group “Rights and safety”. English synonyms: hit, punch, violence, hurt me, abuse, bullying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Taro</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <extracomment>Picture card “rights-not-allowed” in the group “Rights and safety”. English synonyms: forbidden, banned, no entry, rule, must not. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dim caniatâd</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>Picture card “rights-emergency” in the group “Rights and safety”. English synonyms: urgent, call 999, alarm, siren. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>Picture card “rights-fire” in the group “Rights and safety”. English synonyms: fire alarm, burning, smoke alarm, flames. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tân</translation>
    </message>
    <message>
        <source>Fire exit</source>
        <extracomment>Picture card “rights-fire-exit” in the group “Rights and safety”. English synonyms: emergency exit, way out, exit, escape. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Allanfa dân</translation>
    </message>
    <message>
        <source>Accessible</source>
        <extracomment>Picture card “rights-accessible” in the group “Rights and safety”. English synonyms: access, disabled access, accessibility, ramp, blue badge. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hygyrch</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Picture card “topic-time” in the group “Time”. English synonyms: clock, what time, o'clock, hour, timing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Picture card “topic-calendar” in the group “Time”. English synonyms: date, diary, month, dates, planner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Picture card “time-today” in the group “Time”. English synonyms: this day, tonight, right now. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Heddiw</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Picture card “time-tomorrow” in the group “Time”. English synonyms: next day, the day after, tomorrow morning, tomorrow night. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Yfory</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Picture card “time-yesterday” in the group “Time”. English synonyms: the day before, last night, before, last time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ddoe</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>Picture card “time-morning” in the group “Time”. English synonyms: mornings, early, sunrise, first thing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Bore</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <extracomment>Picture card “time-afternoon” in the group “Time”. English synonyms: afternoons, midday, daytime, after lunch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Prynhawn</translation>
    </message>
    <message>
        <source>Evening</source>
        <extracomment>Picture card “time-evening” in the group “Time”. English synonyms: evenings, teatime, sunset, after tea. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Noswaith</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Picture card “time-night” in the group “Time”. English synonyms: nights, night time, dark, bedtime, overnight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nos</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Picture card “time-week” in the group “Time”. English synonyms: weeks, weekly, this week, next week, weekend. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Wythnos</translation>
    </message>
    <message>
        <source>Soon</source>
        <extracomment>Picture card “time-soon” in the group “Time”. English synonyms: later, not yet, in a bit, shortly, future. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cyn bo hir</translation>
    </message>
    <message>
        <source>Wait</source>
        <extracomment>Picture card “time-wait” in the group “Time”. English synonyms: waiting, hold on, hang on, waiting time, queue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Aros</translation>
    </message>
    <message>
        <source>Wake up</source>
        <extracomment>Picture card “time-wake-up” in the group “Time”. English synonyms: alarm, alarm clock, get up, getting up. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Deffro</translation>
    </message>
    <message>
        <source>Spring</source>
        <extracomment>Picture card “time-spring” in the group “Time”. English synonyms: springtime, flowers, Easter, March. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwanwyn</translation>
    </message>
    <message>
        <source>Summer</source>
        <extracomment>Picture card “time-summer” in the group “Time”. English synonyms: summertime, sunshine, ice cream, hot weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Haf</translation>
    </message>
    <message>
        <source>Autumn</source>
        <extracomment>Picture card “time-autumn” in the group “Time”. English synonyms: fall, leaves, autumn leaves, October. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>Winter</source>
        <extracomment>Picture card “time-winter” in the group “Time”. English synonyms: snow, snowman, cold weather, wintertime. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gaeaf</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Picture card “meeting-start” in the group “Meeting”. English synonyms: begin, let's go, play, starting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Picture card “meeting-finish” in the group “Meeting”. English synonyms: finished, end, done, all done, the end. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Talk</source>
        <extracomment>Picture card “meeting-talk” in the group “Meeting”. English synonyms: speak, tell, talking, speaking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Siarad</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Picture card “meeting-listen” in the group “Meeting”. English synonyms: hear, listening, pay attention, ear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwrando</translation>
    </message>
    <message>
        <source>Look</source>
        <extracomment>Picture card “meeting-look” in the group “Meeting”. English synonyms: watch, looking, show me, have a look. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Edrych</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>Picture card “meeting-think” in the group “Meeting”. English synonyms: thinking, remember, memory, thought, forget. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Meddwl</translation>
    </message>
    <message>
        <source>Discuss</source>
        <extracomment>Picture card “meeting-discuss” in the group “Meeting”. English synonyms: discussion, chat, conversation, talk about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Trafod</translation>
    </message>
    <message>
        <source>Work together</source>
        <extracomment>Picture card “meeting-work-together” in the group “Meeting”. English synonyms: teamwork, partnership, co-production, handshake, deal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gweithio gyda'n gilydd</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Picture card “meeting-vote” in the group “Meeting”. English synonyms: voting, ballot, election, decide together. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Pleidleisio</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>Picture card “meeting-results” in the group “Meeting”. English synonyms: chart, scores, count, outcome. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Hand up</source>
        <extracomment>Picture card “meeting-hand-up” in the group “Meeting”. English synonyms: raise your hand, put your hand up, wait please, hand. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Llaw i fyny</translation>
    </message>
    <message>
        <source>Quiet please</source>
        <extracomment>Picture card “meeting-quiet” in the group “Meeting”. English synonyms: quiet, shh, too noisy, noise, be quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Tawelwch, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Louder</source>
        <extracomment>Picture card “meeting-louder” in the group “Meeting”. English synonyms: can't hear, speak up please, volume up, too quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Yn uwch</translation>
    </message>
    <message>
        <source>Slow down</source>
        <extracomment>Picture card “meeting-slow-down” in the group “Meeting”. English synonyms: slower, too fast, slowly, take your time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Arafu</translation>
    </message>
    <message>
        <source>Say again</source>
        <extracomment>Picture card “meeting-say-again” in the group “Meeting”. English synonyms: repeat, pardon, what did you say, one more time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dweud eto</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Picture card “meeting-change” in the group “Meeting”. English synonyms: swap, different, changes, do it differently. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Picture card “meeting-next” in the group “Meeting”. English synonyms: move on, next one, forward, carry on. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Go back</source>
        <extracomment>Picture card “meeting-back” in the group “Meeting”. English synonyms: backwards, previous, last one, return. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Plan</source>
        <extracomment>Picture card “meeting-plan” in the group “Meeting”. English synonyms: agenda, list, plans, what's happening. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Write it down</source>
        <extracomment>Picture card “meeting-write” in the group “Meeting”. English synonyms: notes, write down, minutes, take notes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Ysgrifennu i lawr</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Picture card “meeting-rules” in the group “Meeting”. English synonyms: ground rules, agreement, rule, how we work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Rheolau</translation>
    </message>
    <message>
        <source>Photos</source>
        <extracomment>Picture card “meeting-photos” in the group “Meeting”. English synonyms: photo, photograph, camera, picture, take a picture. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Lluniau</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>Picture card “meeting-video” in the group “Meeting”. English synonyms: film, filming, recording, video camera. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Award</source>
        <extracomment>Picture card “meeting-award” in the group “Meeting”. English synonyms: certificate, medal, prize, thank you award. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Gwobr</translation>
    </message>
    <message>
        <source>Celebrate</source>
        <extracomment>Picture card “meeting-celebrate” in the group “Meeting”. English synonyms: hooray, yay, we did it, success. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Dathlu</translation>
    </message>
    <message>
        <source>Sit down</source>
        <extracomment>Picture card “meeting-sit-down” in the group “Meeting”. English synonyms: sit, chair, seat, sitting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Eistedd</translation>
    </message>
    <message>
        <source>Stand up</source>
        <extracomment>Picture card “meeting-stand-up” in the group “Meeting”. English synonyms: stand, standing, get up, stretch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>Sefyll</translation>
    </message>
</context>
<context>
    <name>CardSynonyms</name>
    <message>
        <source>brilliant | excellent | really good | fantastic | very happy</source>
        <extracomment>Other words people use for the card “Very good” (feeling-very-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwych | ardderchog | hapus iawn | bendigedig | da dros ben</translation>
    </message>
    <message>
        <source>fine | all right | nice | like it</source>
        <extracomment>Other words people use for the card “Good” (feeling-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>braf | neis | hoffi fe | yn dda | iawn</translation>
    </message>
    <message>
        <source>ok | so-so | in between | not bad | average</source>
        <extracomment>Other words people use for the card “Okay” (feeling-okay), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>iawn | ok | go lew | canolig | ddim yn ddrwg</translation>
    </message>
    <message>
        <source>bad | not nice | unhappy | don't like | disappointed</source>
        <extracomment>Other words people use for the card “Not good” (feeling-not-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>drwg | ddim yn neis | anhapus | ddim yn hoffi | siomedig</translation>
    </message>
    <message>
        <source>awful | terrible | really bad | horrible | hate it</source>
        <extracomment>Other words people use for the card “Very bad” (feeling-very-bad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ofnadwy | erchyll | gwael iawn | casáu fe</translation>
    </message>
    <message>
        <source>unsure | maybe | don't mind | thinking about it</source>
        <extracomment>Other words people use for the card “Not sure” (feeling-not-sure), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ansicr | efallai | falle | dim ots gen i | meddwl am y peth</translation>
    </message>
    <message>
        <source>rather not say | pass | skip | no comment | keep it to myself</source>
        <extracomment>Other words people use for the card “Don't want to say” (response-dont-want-to-say), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwell peidio dweud | pasio | dim sylw | cadw i fi fy hun</translation>
    </message>
    <message>
        <source>glad | pleased | cheerful | smile | joy</source>
        <extracomment>Other words people use for the card “Happy” (feeling-happy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llawen | bodlon | siriol | gwenu | llawenydd</translation>
    </message>
    <message>
        <source>unhappy | down | crying | tearful | low</source>
        <extracomment>Other words people use for the card “Sad” (feeling-sad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>anhapus | digalon | crio | dagreuol | isel</translation>
    </message>
    <message>
        <source>cross | mad | furious | annoyed | livid</source>
        <extracomment>Other words people use for the card “Angry” (feeling-angry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>blin | crac | gwyllt | wedi gwylltio | cynddeiriog</translation>
    </message>
    <message>
        <source>frightened | afraid | fear | terrified</source>
        <extracomment>Other words people use for the card “Scared” (feeling-scared), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ofn | wedi dychryn | dychryn | arswyd</translation>
    </message>
    <message>
        <source>anxious | worry | concerned | nervous about | anxiety</source>
        <extracomment>Other words people use for the card “Worried” (response-worried), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pryderus | gofid | pryder | gofidio | nerfus</translation>
    </message>
    <message>
        <source>relaxed | peaceful | chilled | settled</source>
        <extracomment>Other words people use for the card “Calm” (feeling-calm), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wedi ymlacio | heddychlon | llonydd | hamddenol</translation>
    </message>
    <message>
        <source>can't wait | thrilled | amazed | looking forward</source>
        <extracomment>Other words people use for the card “Excited” (feeling-excited), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>methu aros | wedi cyffroi | edrych ymlaen | rhyfeddu</translation>
    </message>
    <message>
        <source>laugh | laughing | joke | hilarious</source>
        <extracomment>Other words people use for the card “Funny” (feeling-funny), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>chwerthin | jôc | digri | chwerthinllyd</translation>
    </message>
    <message>
        <source>cared for | appreciated | special | cared about</source>
        <extracomment>Other words people use for the card “Loved” (feeling-loved), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gofal | gwerthfawrogi | arbennig | rhywun yn malio</translation>
    </message>
    <message>
        <source>shocked | wow | amazed | unexpected</source>
        <extracomment>Other words people use for the card “Surprised” (feeling-surprised), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wedi synnu | sioc | waw | annisgwyl</translation>
    </message>
    <message>
        <source>don't understand | muddled | puzzled | lost</source>
        <extracomment>Other words people use for the card “Confused” (feeling-confused), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ddim yn deall | wedi drysu | ar goll | penbleth</translation>
    </message>
    <message>
        <source>boring | nothing to do | dull | same old</source>
        <extracomment>Other words people use for the card “Bored” (feeling-bored), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>diflas | dim byd i'w wneud | undonog | yr un hen beth</translation>
    </message>
    <message>
        <source>sick of it | had enough | annoyed | not again</source>
        <extracomment>Other words people use for the card “Fed up” (feeling-fed-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wedi cael llond bol | wedi cael digon | blin | dim eto</translation>
    </message>
    <message>
        <source>shy | awkward | ashamed | red face</source>
        <extracomment>Other words people use for the card “Embarrassed” (feeling-embarrassed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>embaras | swil | lletchwith | wyneb coch</translation>
    </message>
    <message>
        <source>irritated | wound up | stuck | can't do it</source>
        <extracomment>Other words people use for the card “Frustrated” (feeling-frustrated), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wedi cythruddo | wedi fy nghorddi | sownd | methu ei wneud</translation>
    </message>
    <message>
        <source>alone | on my own | isolated | miss people | no one to talk to</source>
        <extracomment>Other words people use for the card “Lonely” (feeling-lonely), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ar fy mhen fy hun | ynysig | colli pobl | neb i siarad â nhw</translation>
    </message>
    <message>
        <source>on edge | tense | jittery | butterflies</source>
        <extracomment>Other words people use for the card “Nervous” (feeling-nervous), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ar bigau'r drain | tyndra | crynu | pilipala yn fy mol</translation>
    </message>
    <message>
        <source>very sad | crying | in tears | distressed | hurt</source>
        <extracomment>Other words people use for the card “Upset” (feeling-upset), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trist iawn | crio | yn fy nagrau | gofidus | wedi brifo</translation>
    </message>
    <message>
        <source>stress | under pressure | overwhelmed | too much</source>
        <extracomment>Other words people use for the card “Stressed” (feeling-stressed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>straen | dan bwysau | wedi fy llethu | gormod</translation>
    </message>
    <message>
        <source>broken heart | grief | bereaved | loss | miss someone</source>
        <extracomment>Other words people use for the card “Heartbroken” (feeling-heartbroken), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>calon wedi torri | galar | profedigaeth | colled | hiraeth</translation>
    </message>
    <message>
        <source>sleepy | worn out | exhausted | yawn</source>
        <extracomment>Other words people use for the card “Tired” (feeling-tired), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cysglyd | blinedig | wedi ymlâdd | dylyfu gên</translation>
    </message>
    <message>
        <source>hurt | hurts | ache | sore | painful | injury</source>
        <extracomment>Other words people use for the card “Pain” (feeling-pain), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>brifo | dolur | tost | poenus | anaf</translation>
    </message>
    <message>
        <source>poorly | unwell | sick | not well | under the weather</source>
        <extracomment>Other words people use for the card “Ill” (feeling-ill), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tost | anhwylus | ddim yn iach | ddim yn dda</translation>
    </message>
    <message>
        <source>nausea | queasy | sick feeling | upset stomach</source>
        <extracomment>Other words people use for the card “Feel sick” (feeling-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cyfog | cyfoglyd | stumog yn troi | bol tost</translation>
    </message>
    <message>
        <source>light-headed | woozy | wobbly | faint</source>
        <extracomment>Other words people use for the card “Dizzy” (feeling-dizzy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pendro | simsan | teimlo'n wan | llewygu</translation>
    </message>
    <message>
        <source>starving | peckish | want food | yummy</source>
        <extracomment>Other words people use for the card “Hungry” (feeling-hungry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llwglyd | newynog | bol gwag | blasus</translation>
    </message>
    <message>
        <source>too hot | warm | sweaty | boiling</source>
        <extracomment>Other words people use for the card “Hot” (feeling-hot), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rhy boeth | cynnes | chwyslyd | berwi</translation>
    </message>
    <message>
        <source>too cold | chilly | freezing | shivering</source>
        <extracomment>Other words people use for the card “Cold” (feeling-cold), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rhy oer | oerllyd | rhewi | crynu</translation>
    </message>
    <message>
        <source>yeah | yep | correct | yes please</source>
        <extracomment>Other words people use for the card “Yes” (response-yes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ia | ydw | oes | do | cywir</translation>
    </message>
    <message>
        <source>nope | wrong | not right | incorrect</source>
        <extracomment>Other words people use for the card “No” (response-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nage | naddo | nac ydw | anghywir | ddim yn iawn</translation>
    </message>
    <message>
        <source>thumbs up | me too | I agree | yes to that | for it</source>
        <extracomment>Other words people use for the card “Agree” (response-agree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bawd i fyny | fi hefyd | rwy'n cytuno | o blaid</translation>
    </message>
    <message>
        <source>thumbs down | don't agree | not for me | against</source>
        <extracomment>Other words people use for the card “Disagree” (response-disagree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bawd i lawr | ddim yn cytuno | ddim i fi | yn erbyn</translation>
    </message>
    <message>
        <source>no idea | not know | dunno | no clue</source>
        <extracomment>Other words people use for the card “Don't know” (response-dont-know), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dim syniad | ddim yn gwbod | sai'n gwybod | dim clem</translation>
    </message>
    <message>
        <source>suggestion | good idea | think of | what if</source>
        <extracomment>Other words people use for the card “Idea” (response-idea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>awgrym | syniad da | meddwl am | beth os</translation>
    </message>
    <message>
        <source>ask | asking | query | wondering | questions</source>
        <extracomment>Other words people use for the card “Question” (response-question), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gofyn | holi | ymholiad | tybed | cwestiynau</translation>
    </message>
    <message>
        <source>enough | no more | halt | leave it</source>
        <extracomment>Other words people use for the card “Stop” (response-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stop | digon | dim mwy | gadael e</translation>
    </message>
    <message>
        <source>help me | support | need help | assistance</source>
        <extracomment>Other words people use for the card “Help” (response-help), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>helpwch fi | cymorth | cefnogaeth | angen help</translation>
    </message>
    <message>
        <source>me next | can I say | I want to say | my go</source>
        <extracomment>Other words people use for the card “My turn” (response-my-turn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fi nesaf | ga i ddweud | rwy eisiau dweud | fy nhro</translation>
    </message>
    <message>
        <source>thanks | please | grateful | cheers</source>
        <extracomment>Other words people use for the card “Thank you” (response-thank-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>diolch yn fawr | os gwelwch yn dda | diolchgar | diolch i chi</translation>
    </message>
    <message>
        <source>clap | applause | good job | brilliant</source>
        <extracomment>Other words people use for the card “Well done” (response-well-done), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>da iawn ti | curo dwylo | cymeradwyaeth | gwaith da | llongyfarchiadau</translation>
    </message>
    <message>
        <source>star | excellent | amazing | the best</source>
        <extracomment>Other words people use for the card “Great” (response-great), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>seren | ardderchog | anhygoel | y gorau</translation>
    </message>
    <message>
        <source>love it | really like | favourite | lovely | adore</source>
        <extracomment>Other words people use for the card “Love” (response-love), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>caru fe | hoffi'n fawr | ffefryn | hyfryd | dwlu ar</translation>
    </message>
    <message>
        <source>hi | goodbye | bye | wave | see you</source>
        <extracomment>Other words people use for the card “Hello” (response-hello), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>shwmae | sut mae | hwyl fawr | ta-ta | chwifio llaw | wela i chi</translation>
    </message>
    <message>
        <source>apologise | apology | my fault | forgive</source>
        <extracomment>Other words people use for the card “Sorry” (response-sorry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mae'n ddrwg gen i | ymddiheuro | ymddiheuriad | fy mai i | maddau</translation>
    </message>
    <message>
        <source>matters | really important | priority | key point</source>
        <extracomment>Other words people use for the card “Important” (response-important), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>o bwys | pwysig iawn | blaenoriaeth | pwynt allweddol</translation>
    </message>
    <message>
        <source>extra | increase | more please | another</source>
        <extracomment>Other words people use for the card “More” (response-more), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ychwanegol | cynyddu | mwy os gwelwch yn dda | un arall</translation>
    </message>
    <message>
        <source>fewer | not so much | reduce | smaller</source>
        <extracomment>Other words people use for the card “Less” (response-less), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dim cymaint | lleihau | llai plîs | llai o</translation>
    </message>
    <message>
        <source>rest | pause | cup of tea | time out</source>
        <extracomment>Other words people use for the card “Break” (response-break), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>seibiant | hoe | paned | saib | amser allan</translation>
    </message>
    <message>
        <source>myself | mine | my own</source>
        <extracomment>Other words people use for the card “Me” (people-me), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fy hun | fy un i | fi fy hun</translation>
    </message>
    <message>
        <source>yourself | your turn | you too</source>
        <extracomment>Other words people use for the card “You” (people-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ti | eich tro chi | chi hefyd | dy dro di</translation>
    </message>
    <message>
        <source>relatives | parents | children | home life | next of kin</source>
        <extracomment>Other words people use for the card “Family” (topic-family), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>perthnasau | rhieni | plant | bywyd cartref | perthynas agosaf</translation>
    </message>
    <message>
        <source>mother | mam | mom | mummy</source>
        <extracomment>Other words people use for the card “Mum” (people-mum), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mami | fy mam | mamau</translation>
    </message>
    <message>
        <source>father | daddy | papa | dads</source>
        <extracomment>Other words people use for the card “Dad” (people-dad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tad | dadi | tada | fy nhad</translation>
    </message>
    <message>
        <source>boyfriend | girlfriend | husband | wife | couple</source>
        <extracomment>Other words people use for the card “Partner” (people-partner), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cariad | gŵr | gwraig | cymar | priod</translation>
    </message>
    <message>
        <source>friend | mate | pal | buddy | hug</source>
        <extracomment>Other words people use for the card “Friends” (topic-friends), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ffrind | cyfaill | mêt | cwtsh | cyfeillion</translation>
    </message>
    <message>
        <source>men | gentleman | male | bloke</source>
        <extracomment>Other words people use for the card “Man” (people-man), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dynion | bonheddwr | gwryw | boi</translation>
    </message>
    <message>
        <source>women | lady | female | ladies</source>
        <extracomment>Other words people use for the card “Woman” (people-woman), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dynes | merch | benyw | menywod | merched</translation>
    </message>
    <message>
        <source>child | kids | kid | young people | son | daughter</source>
        <extracomment>Other words people use for the card “Children” (people-children), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>plentyn | pobl ifanc | mab | merch | plantos</translation>
    </message>
    <message>
        <source>babies | newborn | infant | little one</source>
        <extracomment>Other words people use for the card “Baby” (people-baby), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>babanod | baban | newydd-anedig | un bach</translation>
    </message>
    <message>
        <source>old | elderly | grandparent | nan | grandad</source>
        <extracomment>Other words people use for the card “Older person” (people-older-person), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hen | oedrannus | mam-gu | tad-cu | nain | taid</translation>
    </message>
    <message>
        <source>everyone | team | all of us | together | groups</source>
        <extracomment>Other words people use for the card “Group” (people-group), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pawb | tîm | pob un ohonon ni | gyda'n gilydd | grwpiau</translation>
    </message>
    <message>
        <source>somebody | a person | stranger | someone else</source>
        <extracomment>Other words people use for the card “Someone” (people-someone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>person | dieithryn | rhywun arall | rhyw berson</translation>
    </message>
    <message>
        <source>worker | name badge | employee | manager | team member</source>
        <extracomment>Other words people use for the card “Staff” (topic-staff), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gweithiwr | bathodyn enw | cyflogai | rheolwr | aelod o'r tîm</translation>
    </message>
    <message>
        <source>support worker | care worker | personal assistant | helper | PA</source>
        <extracomment>Other words people use for the card “Carer” (topic-carer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gweithiwr cymorth | gweithiwr gofal | cynorthwyydd personol | helpwr | gofalwraig</translation>
    </message>
    <message>
        <source>doctors | health worker | consultant | medic</source>
        <extracomment>Other words people use for the card “Doctor” (topic-doctor), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>doctor | meddygon | gweithiwr iechyd | ymgynghorydd</translation>
    </message>
    <message>
        <source>nurses | district nurse | community nurse | matron</source>
        <extracomment>Other words people use for the card “Nurse” (topic-nurse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nyrsys | nyrs ardal | nyrs gymunedol | metron</translation>
    </message>
    <message>
        <source>social services | case worker | care manager | assessment</source>
        <extracomment>Other words people use for the card “Social worker” (people-social-worker), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwasanaethau cymdeithasol | gweithiwr achos | rheolwr gofal | asesiad</translation>
    </message>
    <message>
        <source>tutor | lecturer | trainer | teaching</source>
        <extracomment>Other words people use for the card “Teacher” (people-teacher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>athrawes | tiwtor | darlithydd | hyfforddwr | dysgu</translation>
    </message>
    <message>
        <source>learner | pupil | graduate | studying</source>
        <extracomment>Other words people use for the card “Student” (people-student), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>myfyrwraig | dysgwr | disgybl | astudio</translation>
    </message>
    <message>
        <source>research | scientist | university | study</source>
        <extracomment>Other words people use for the card “Researcher” (people-researcher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ymchwil | gwyddonydd | prifysgol | astudiaeth</translation>
    </message>
    <message>
        <source>chef | kitchen staff | catering | cooks</source>
        <extracomment>Other words people use for the card “Cook” (people-cook), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cogyddes | staff y gegin | arlwyo | coginio</translation>
    </message>
    <message>
        <source>police officer | policeman | policewoman | PCSO | copper</source>
        <extracomment>Other words people use for the card “Police” (people-police), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>plismon | heddwas | plismones | swyddog heddlu | SCCH</translation>
    </message>
    <message>
        <source>fireman | fire brigade | fire service | firefighters</source>
        <extracomment>Other words people use for the card “Firefighter” (people-firefighter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dyn tân | brigâd dân | gwasanaeth tân | diffoddwyr tân</translation>
    </message>
    <message>
        <source>house | my home | where I live | flat | at home</source>
        <extracomment>Other words people use for the card “Home” (topic-home), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tŷ | adref | adre | lle rwy'n byw | fflat</translation>
    </message>
    <message>
        <source>day service | centre | club | drop-in | resource centre</source>
        <extracomment>Other words people use for the card “Day centre” (places-day-centre), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwasanaeth dydd | canolfan | clwb | galw heibio | canolfan adnoddau</translation>
    </message>
    <message>
        <source>ward | A and E | clinic | outpatients | hospitals</source>
        <extracomment>Other words people use for the card “Hospital” (topic-hospital), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ward | adran frys | clinig | cleifion allanol | ysbytai</translation>
    </message>
    <message>
        <source>doctor's surgery | surgery | doctor | health centre | family doctor</source>
        <extracomment>Other words people use for the card “GP” (places-gp), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>meddygfa | syrjeri | doctor | canolfan iechyd | GP</translation>
    </message>
    <message>
        <source>chemist | chemist's | pharmacist | prescription</source>
        <extracomment>Other words people use for the card “Pharmacy” (places-pharmacy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cemist | fferyllydd | presgripsiwn | siop gemist</translation>
    </message>
    <message>
        <source>offices | building | workplace | reception</source>
        <extracomment>Other words people use for the card “Office” (places-office), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>swyddfeydd | adeilad | gweithle | derbynfa</translation>
    </message>
    <message>
        <source>town hall | local authority | government | civic centre</source>
        <extracomment>Other words people use for the card “Council” (places-council), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>neuadd y dref | awdurdod lleol | llywodraeth | cyngor sir</translation>
    </message>
    <message>
        <source>neighbourhood | local area | neighbours | estate | local community</source>
        <extracomment>Other words people use for the card “Community” (places-community), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ardal leol | cymdogion | stad | cymdogaeth | y gymuned leol</translation>
    </message>
    <message>
        <source>town centre | city | high street | city centre</source>
        <extracomment>Other words people use for the card “Town” (places-town), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dre | canol y dref | dinas | stryd fawr | canol y ddinas</translation>
    </message>
    <message>
        <source>outside | outdoors | trees | green space | nature</source>
        <extracomment>Other words people use for the card “Park” (places-park), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tu allan | awyr agored | coed | natur | man gwyrdd</translation>
    </message>
    <message>
        <source>shops | supermarket | corner shop | store</source>
        <extracomment>Other words people use for the card “Shop” (places-shop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>siopau | archfarchnad | siop gornel | siopa</translation>
    </message>
    <message>
        <source>coffee shop | canteen | tea room | cafes</source>
        <extracomment>Other words people use for the card “Cafe” (places-cafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>siop goffi | ffreutur | ystafell de | caffis</translation>
    </message>
    <message>
        <source>eating out | meal out | dinner out | takeaway</source>
        <extracomment>Other words people use for the card “Restaurant” (places-restaurant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bwyta allan | pryd allan | swper allan | têcawê</translation>
    </message>
    <message>
        <source>bar | beer garden | social club | drinks out</source>
        <extracomment>Other words people use for the card “Pub” (places-pub), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bar | gardd gwrw | clwb cymdeithasol | peint | diod allan</translation>
    </message>
    <message>
        <source>libraries | borrow books | books | reading room</source>
        <extracomment>Other words people use for the card “Library” (places-library), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llyfrgelloedd | benthyg llyfrau | llyfrau | ystafell ddarllen</translation>
    </message>
    <message>
        <source>films | film | movie | movies | pictures</source>
        <extracomment>Other words people use for the card “Cinema” (places-cinema), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ffilmiau | ffilm | pictiwrs</translation>
    </message>
    <message>
        <source>fitness | weights | leisure centre | work out</source>
        <extracomment>Other words people use for the card “Gym” (places-gym), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gym | ffitrwydd | pwysau | canolfan hamdden | ymarfer corff</translation>
    </message>
    <message>
        <source>chapel | religion | Christian | service</source>
        <extracomment>Other words people use for the card “Church” (places-church), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>capel | crefydd | Cristion | gwasanaeth | oedfa</translation>
    </message>
    <message>
        <source>masjid | Muslim | Islam | prayers</source>
        <extracomment>Other words people use for the card “Mosque” (places-mosque), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>masjid | Mwslim | Islam | gweddïau</translation>
    </message>
    <message>
        <source>worship | faith | pray | prayer | temple | synagogue</source>
        <extracomment>Other words people use for the card “Place of worship” (places-worship), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>addoli | ffydd | gweddïo | gweddi | teml | synagog</translation>
    </message>
    <message>
        <source>banks | building society | cash machine | cashpoint</source>
        <extracomment>Other words people use for the card “Bank” (places-bank), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>banciau | cymdeithas adeiladu | peiriant arian | twll yn y wal</translation>
    </message>
    <message>
        <source>haircut | barber | hair | salon</source>
        <extracomment>Other words people use for the card “Hairdresser” (places-hairdresser), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>torri gwallt | barbwr | gwallt | salon | triniwr gwallt</translation>
    </message>
    <message>
        <source>bed | my room | room | bedrooms</source>
        <extracomment>Other words people use for the card “Bedroom” (places-bedroom), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwely | fy ystafell | ystafell | llofft</translation>
    </message>
    <message>
        <source>lounge | sitting room | sofa | settee</source>
        <extracomment>Other words people use for the card “Living room” (places-living-room), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ystafell fyw | parlwr | soffa | setî</translation>
    </message>
    <message>
        <source>elevator | lifts | going up | going down</source>
        <extracomment>Other words people use for the card “Lift” (places-lift), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>esgynnydd | lifftiau | mynd i fyny | mynd i lawr</translation>
    </message>
    <message>
        <source>steps | staircase | upstairs | downstairs</source>
        <extracomment>Other words people use for the card “Stairs” (places-stairs), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>stâr | staer | lan llofft | lawr llawr</translation>
    </message>
    <message>
        <source>travel | getting there | journey | coach | getting about</source>
        <extracomment>Other words people use for the card “Transport” (topic-transport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>teithio | cyrraedd | siwrnai | coets | mynd o gwmpas</translation>
    </message>
    <message>
        <source>buses | bus ride | public transport | double decker</source>
        <extracomment>Other words people use for the card “Bus” (places-bus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bysiau | taith bws | trafnidiaeth gyhoeddus | bws deulawr</translation>
    </message>
    <message>
        <source>bus station | waiting for the bus | bus shelter | bus timetable</source>
        <extracomment>Other words people use for the card “Bus stop” (places-bus-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>arhosfan bws | gorsaf fysiau | aros am y bws | cysgodfan bws | amserlen bws</translation>
    </message>
    <message>
        <source>van | community transport | ring and ride | dial a ride</source>
        <extracomment>Other words people use for the card “Minibus” (places-minibus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fan | trafnidiaeth gymunedol | ffonio a theithio | dial a ride</translation>
    </message>
    <message>
        <source>trains | railway | station | tram</source>
        <extracomment>Other words people use for the card “Train” (places-train), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trenau | rheilffordd | gorsaf | tram</translation>
    </message>
    <message>
        <source>cab | taxis | minicab | uber</source>
        <extracomment>Other words people use for the card “Taxi” (places-taxi), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cab | tacsis | car llog | uber</translation>
    </message>
    <message>
        <source>cars | driving | drive | lift in a car</source>
        <extracomment>Other words people use for the card “Car” (places-car), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ceir | gyrru | lifft mewn car | modur</translation>
    </message>
    <message>
        <source>bicycle | cycling | cycle | ride a bike</source>
        <extracomment>Other words people use for the card “Bike” (places-bike), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>beic pedal | seiclo | beicio | reidio beic</translation>
    </message>
    <message>
        <source>aeroplane | flying | flight | airport</source>
        <extracomment>Other words people use for the card “Plane” (places-plane), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>awyrennau | hedfan | ehediad | maes awyr</translation>
    </message>
    <message>
        <source>eat | eating | meal | meals | dinner</source>
        <extracomment>Other words people use for the card “Food” (topic-food), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bwyta | pryd | prydau | cinio | swper</translation>
    </message>
    <message>
        <source>drinks | drinking | thirsty | cup</source>
        <extracomment>Other words people use for the card “Drink” (topic-drink), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>diodydd | yfed | syched | cwpan</translation>
    </message>
    <message>
        <source>cereal | porridge | morning meal | brekkie</source>
        <extracomment>Other words people use for the card “Breakfast” (daily-breakfast), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>grawnfwyd | uwd | pryd bore | brecwast bore</translation>
    </message>
    <message>
        <source>sandwich | sandwiches | dinner time | packed lunch | midday meal</source>
        <extracomment>Other words people use for the card “Lunch” (daily-lunch), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>brechdan | brechdanau | amser cinio | pecyn bwyd | cinio canol dydd</translation>
    </message>
    <message>
        <source>supper | dinner | hot meal | stew | teatime meal</source>
        <extracomment>Other words people use for the card “Evening meal” (daily-evening-meal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>swper | cinio nos | pryd poeth | cawl | te</translation>
    </message>
    <message>
        <source>kitchen | make food | fry | baking | make dinner</source>
        <extracomment>Other words people use for the card “Cooking” (daily-cooking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cegin | gwneud bwyd | ffrio | pobi | gwneud cinio</translation>
    </message>
    <message>
        <source>apple | apples | banana | orange | five a day</source>
        <extracomment>Other words people use for the card “Fruit” (daily-fruit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ffrwyth | afal | afalau | banana | oren | pump y dydd</translation>
    </message>
    <message>
        <source>veg | veggies | carrot | carrots | greens</source>
        <extracomment>Other words people use for the card “Vegetables” (daily-vegetables), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llysieuyn | moronen | moron | bresych | llysiau gwyrdd</translation>
    </message>
    <message>
        <source>sweet | chocolate | treats | candy</source>
        <extracomment>Other words people use for the card “Sweets” (daily-sweets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>da-da | fferins | siocled | danteithion | melysion</translation>
    </message>
    <message>
        <source>cakes | biscuits | pudding | dessert</source>
        <extracomment>Other words people use for the card “Cake” (daily-cake), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cacennau | teisen | bisgedi | pwdin</translation>
    </message>
    <message>
        <source>pizzas | takeaway | fast food | slice</source>
        <extracomment>Other words people use for the card “Pizza” (daily-pizza), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pitsas | têcawê | bwyd cyflym | tafell</translation>
    </message>
    <message>
        <source>fries | fish and chips | chippy | crisps</source>
        <extracomment>Other words people use for the card “Chips” (daily-chips), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tsips | pysgod a sglodion | siop sglodion | creision</translation>
    </message>
    <message>
        <source>cuppa | cup of tea | teapot | brew | coffee</source>
        <extracomment>Other words people use for the card “Tea” (daily-tea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>paned | paned o de | tebot | dished | coffi</translation>
    </message>
    <message>
        <source>glass of water | tap water | thirsty | drink of water</source>
        <extracomment>Other words people use for the card “Water” (daily-water), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwydraid o ddŵr | dŵr tap | syched | diod o ddŵr</translation>
    </message>
    <message>
        <source>orange juice | squash | fruit juice | pop</source>
        <extracomment>Other words people use for the card “Juice” (daily-juice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sudd oren | sgwash | sudd ffrwythau | pop</translation>
    </message>
    <message>
        <source>cash | pounds | pay | payment | cost</source>
        <extracomment>Other words people use for the card “Money” (topic-money), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pres | punnoedd | talu | taliad | cost</translation>
    </message>
    <message>
        <source>debit card | contactless | credit card | cash card</source>
        <extracomment>Other words people use for the card “Bank card” (daily-bank-card), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cerdyn debyd | digyswllt | cerdyn credyd | cerdyn arian</translation>
    </message>
    <message>
        <source>bill | receipt | rent | council tax | paying</source>
        <extracomment>Other words people use for the card “Bills” (daily-bills), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bil | derbynneb | rhent | treth gyngor | talu</translation>
    </message>
    <message>
        <source>wallet | my money | pocket money | spending money</source>
        <extracomment>Other words people use for the card “Purse” (daily-purse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>waled | fy arian | arian poced | arian gwario</translation>
    </message>
    <message>
        <source>trolley | groceries | buy | buying | go shopping</source>
        <extracomment>Other words people use for the card “Shopping” (topic-shopping), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>troli | nwyddau | prynu | mynd i siopa</translation>
    </message>
    <message>
        <source>job | working | employment | volunteering | paid work</source>
        <extracomment>Other words people use for the card “Work” (topic-work), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>swydd | gweithio | cyflogaeth | gwirfoddoli | gwaith â thâl</translation>
    </message>
    <message>
        <source>school | university | class | course | learning</source>
        <extracomment>Other words people use for the card “College” (topic-college), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ysgol | prifysgol | dosbarth | cwrs | dysgu</translation>
    </message>
    <message>
        <source>mobile | mobile phone | phone call | text | ring</source>
        <extracomment>Other words people use for the card “Phone” (topic-phone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ffôn symudol | mobeil | galwad ffôn | neges destun | ffonio</translation>
    </message>
    <message>
        <source>laptop | PC | online | zoom | video call</source>
        <extracomment>Other words people use for the card “Computer” (daily-computer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gliniadur | PC | ar-lein | zoom | galwad fideo</translation>
    </message>
    <message>
        <source>iPad | tablet computer | screen | device</source>
        <extracomment>Other words people use for the card “Tablet” (daily-tablet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tabled | iPad | cyfrifiadur llechen | sgrin | dyfais</translation>
    </message>
    <message>
        <source>online | website | web | wifi | Google</source>
        <extracomment>Other words people use for the card “Internet” (daily-internet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ar-lein | gwefan | y we | wifi | Google</translation>
    </message>
    <message>
        <source>emails | e-mail | inbox | message</source>
        <extracomment>Other words people use for the card “Email” (daily-email), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ebost | negeseuon e-bost | mewnflwch | neges</translation>
    </message>
    <message>
        <source>letters | post | envelope | mail</source>
        <extracomment>Other words people use for the card “Letter” (daily-letter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llythyrau | post | amlen</translation>
    </message>
    <message>
        <source>television | telly | watch TV | programmes | soaps</source>
        <extracomment>Other words people use for the card “TV” (daily-tv), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>telly | gwylio'r teledu | rhaglenni | operâu sebon | S4C</translation>
    </message>
    <message>
        <source>listen to the radio | podcast | wireless | radio station</source>
        <extracomment>Other words people use for the card “Radio” (daily-radio), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwrando ar y radio | podlediad | weiarles | gorsaf radio</translation>
    </message>
    <message>
        <source>sleeping | bed | asleep | nap | go to bed</source>
        <extracomment>Other words people use for the card “Sleep” (topic-sleep), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cwsg | gwely | yn cysgu | cyntun | mynd i'r gwely</translation>
    </message>
    <message>
        <source>wash | shower | showering | personal care | clean</source>
        <extracomment>Other words people use for the card “Washing” (topic-washing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>golchi | cawod | cael cawod | gofal personol | glân</translation>
    </message>
    <message>
        <source>bathroom | bathing | bath time | have a bath</source>
        <extracomment>Other words people use for the card “Bath” (daily-bath), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cael bath | amser bath | ystafell ymolchi | ymdrochi</translation>
    </message>
    <message>
        <source>toothbrush | teeth cleaning | brushing teeth | toothpaste</source>
        <extracomment>Other words people use for the card “Brush teeth” (daily-brush-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>brws dannedd | glanhau dannedd | past dannedd</translation>
    </message>
    <message>
        <source>loo | bathroom | toilets | wee | poo</source>
        <extracomment>Other words people use for the card “Toilet” (topic-toilet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tŷ bach | toiledau | ystafell ymolchi | pi-pi | pw-pw</translation>
    </message>
    <message>
        <source>clothing | get dressed | dressing | outfit | wear</source>
        <extracomment>Other words people use for the card “Clothes” (daily-clothes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwisgo | gwisg | newid dillad | gwisgo amdanaf</translation>
    </message>
    <message>
        <source>trainers | shoe | footwear | boots</source>
        <extracomment>Other words people use for the card “Shoes” (daily-shoes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sgidiau | esgid | treinyrs | bŵts</translation>
    </message>
    <message>
        <source>washing machine | washing clothes | ironing | clean clothes</source>
        <extracomment>Other words people use for the card “Laundry” (daily-laundry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>peiriant golchi | smwddio | dillad glân | golch</translation>
    </message>
    <message>
        <source>tidy | tidying | housework | hoover | sweep</source>
        <extracomment>Other words people use for the card “Cleaning” (daily-cleaning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tacluso | twtio | gwaith tŷ | hwfro | sgubo</translation>
    </message>
    <message>
        <source>key | door key | lock up | house keys</source>
        <extracomment>Other words people use for the card “Keys” (daily-keys), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>allwedd | goriad | goriadau | cloi | allwedd y tŷ</translation>
    </message>
    <message>
        <source>things to do | activity | hobby | hobbies | crafts</source>
        <extracomment>Other words people use for the card “Activities” (topic-activities), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pethau i'w gwneud | gweithgaredd | hobi | hobïau | crefftau</translation>
    </message>
    <message>
        <source>painting | paint | drawing | draw | arts and crafts</source>
        <extracomment>Other words people use for the card “Art” (daily-art), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>peintio | paent | arlunio | tynnu llun | celf a chrefft</translation>
    </message>
    <message>
        <source>songs | song | listen to music | band | concert</source>
        <extracomment>Other words people use for the card “Music” (topic-music), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>caneuon | cân | gwrando ar gerddoriaeth | band | cyngerdd</translation>
    </message>
    <message>
        <source>sing | karaoke | choir | singer</source>
        <extracomment>Other words people use for the card “Singing” (daily-singing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>carioci | côr | canwr | cantores</translation>
    </message>
    <message>
        <source>dance | disco | dancer | party dance</source>
        <extracomment>Other words people use for the card “Dancing” (daily-dancing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dawns | disgo | dawnsiwr | parti dawns</translation>
    </message>
    <message>
        <source>read | book | story | magazine</source>
        <extracomment>Other words people use for the card “Reading” (daily-reading), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llyfr | stori | cylchgrawn | darllen llyfr</translation>
    </message>
    <message>
        <source>write | writer | handwriting | pen</source>
        <extracomment>Other words people use for the card “Writing” (daily-writing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sgwennu | awdur | llawysgrifen | pen | beiro</translation>
    </message>
    <message>
        <source>board games | dice | bingo | card games | game</source>
        <extracomment>Other words people use for the card “Games” (daily-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gemau bwrdd | dis | bingo | gemau cardiau | gêm</translation>
    </message>
    <message>
        <source>computer games | gaming | PlayStation | Xbox | console</source>
        <extracomment>Other words people use for the card “Video games” (daily-video-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gemau cyfrifiadur | gemio | PlayStation | Xbox | consol</translation>
    </message>
    <message>
        <source>jigsaw | puzzle | crossword | quiz</source>
        <extracomment>Other words people use for the card “Puzzles” (daily-puzzles), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pos | jig-so | croesair | cwis</translation>
    </message>
    <message>
        <source>knit | wool | crochet | sewing</source>
        <extracomment>Other words people use for the card “Knitting” (daily-knitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gweu | gwlân | crosio | gwnïo</translation>
    </message>
    <message>
        <source>garden | gardener | plants | flowers | allotment</source>
        <extracomment>Other words people use for the card “Gardening” (daily-gardening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gardd | garddwr | planhigion | blodau | rhandir</translation>
    </message>
    <message>
        <source>fish | angling | fishing rod | go fishing</source>
        <extracomment>Other words people use for the card “Fishing” (daily-fishing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pysgodyn | pysgod | gwialen bysgota | mynd i bysgota</translation>
    </message>
    <message>
        <source>ten pin bowling | bowls | skittles | bowling alley</source>
        <extracomment>Other words people use for the card “Bowling” (daily-bowling), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bowlio deg | bowls | sgitls | ali fowlio</translation>
    </message>
    <message>
        <source>dog | dogs | pet | cat | animals</source>
        <extracomment>Other words people use for the card “Pets” (daily-pets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ci | cŵn | anifail anwes | cath | anifeiliaid</translation>
    </message>
    <message>
        <source>football | sports | match | team sport | game</source>
        <extracomment>Other words people use for the card “Sport” (topic-sport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pêl-droed | rygbi | camp | gêm | chwaraeon tîm</translation>
    </message>
    <message>
        <source>swim | swimming pool | pool | swimming baths</source>
        <extracomment>Other words people use for the card “Swimming” (daily-swimming), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pwll nofio | pwll | baddonau | mynd i nofio</translation>
    </message>
    <message>
        <source>walk | go for a walk | on foot | stroll</source>
        <extracomment>Other words people use for the card “Walking” (daily-walking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mynd am dro | tro | ar droed | crwydro</translation>
    </message>
    <message>
        <source>running | run | keep fit | jogging | get active</source>
        <extracomment>Other words people use for the card “Exercise” (daily-exercise), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rhedeg | cadw'n heini | loncian | bod yn egnïol</translation>
    </message>
    <message>
        <source>relaxing | yoga | meditation | chill out | mindfulness</source>
        <extracomment>Other words people use for the card “Relax” (daily-relax), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ioga | myfyrdod | cymryd pwyll | ymwybyddiaeth ofalgar</translation>
    </message>
    <message>
        <source>parties | celebration | disco night | party time</source>
        <extracomment>Other words people use for the card “Party” (daily-party), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>partïon | dathliad | noson ddisgo | amser parti</translation>
    </message>
    <message>
        <source>birthdays | birthday cake | my birthday | happy birthday</source>
        <extracomment>Other words people use for the card “Birthday” (daily-birthday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>penblwyddi | cacen pen-blwydd | fy mhen-blwydd | pen-blwydd hapus</translation>
    </message>
    <message>
        <source>Xmas | festive | Christmas tree | holidays</source>
        <extracomment>Other words people use for the card “Christmas” (daily-christmas), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>Dolig | Nadoligaidd | coeden Nadolig | gwyliau</translation>
    </message>
    <message>
        <source>gift | presents | gifts | wrapped present</source>
        <extracomment>Other words people use for the card “Present” (daily-present), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rhodd | anrhegion | rhoddion | anrheg wedi'i lapio</translation>
    </message>
    <message>
        <source>trip | excursion | day trip | going out | days out</source>
        <extracomment>Other words people use for the card “Day out” (daily-day-out), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trip | gwibdaith | taith diwrnod | mynd allan | tripiau</translation>
    </message>
    <message>
        <source>holidays | beach | seaside | going away | vacation</source>
        <extracomment>Other words people use for the card “Holiday” (topic-holiday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>traeth | glan y môr | mynd i ffwrdd | gwyliau haf</translation>
    </message>
    <message>
        <source>healthy | check-up | health check | stethoscope | wellbeing</source>
        <extracomment>Other words people use for the card “Health” (topic-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>iach | archwiliad | prawf iechyd | stethosgop | llesiant</translation>
    </message>
    <message>
        <source>medicine | tablets | pills | meds | prescription</source>
        <extracomment>Other words people use for the card “Medicines” (topic-medicines), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>moddion | tabledi | pils | meddyginiaeth | presgripsiwn</translation>
    </message>
    <message>
        <source>appointments | booking | check-up | clinic appointment | see the doctor</source>
        <extracomment>Other words people use for the card “Appointment” (health-appointment), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>apwyntiadau | trefnu | archwiliad | apwyntiad clinig | gweld y doctor</translation>
    </message>
    <message>
        <source>mind | mental wellbeing | anxiety | depression | feelings</source>
        <extracomment>Other words people use for the card “Mental health” (health-mental-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>meddwl | lles meddyliol | gorbryder | iselder | teimladau</translation>
    </message>
    <message>
        <source>head hurts | migraine | sore head | head pain</source>
        <extracomment>Other words people use for the card “Headache” (health-headache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gur pen | pen tost | meigryn | poen pen | pen yn brifo</translation>
    </message>
    <message>
        <source>ear pain | sore ear | ear infection | ear hurts</source>
        <extracomment>Other words people use for the card “Earache” (health-earache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>poen clust | pigyn clust | haint clust | clust yn brifo</translation>
    </message>
    <message>
        <source>broken leg | broken arm | fracture | plaster cast</source>
        <extracomment>Other words people use for the card “Broken bone” (health-broken-bone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>coes wedi torri | braich wedi torri | toriad | plastr</translation>
    </message>
    <message>
        <source>tooth | dentist | toothache | dental</source>
        <extracomment>Other words people use for the card “Teeth” (health-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dant | deintydd | ddannodd | deintyddol</translation>
    </message>
    <message>
        <source>heart problem | heartbeat | blood pressure | chest pain</source>
        <extracomment>Other words people use for the card “Heart” (health-heart), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>problem y galon | curiad calon | pwysedd gwaed | poen yn y frest</translation>
    </message>
    <message>
        <source>lungs | breath | asthma | short of breath | chest</source>
        <extracomment>Other words people use for the card “Breathing” (health-breathing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ysgyfaint | anadl | asthma | byr o wynt | brest</translation>
    </message>
    <message>
        <source>thermometer | fever | high temperature | hot and cold</source>
        <extracomment>Other words people use for the card “Temperature” (health-temperature), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>thermomedr | twymyn | gwres | tymheredd uchel</translation>
    </message>
    <message>
        <source>coughing | covid | chesty | sore throat</source>
        <extracomment>Other words people use for the card “Cough” (health-cough), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pesychu | covid | brest drom | gwddf tost | dolur gwddf</translation>
    </message>
    <message>
        <source>sneeze | runny nose | flu | hay fever | tissue</source>
        <extracomment>Other words people use for the card “Sneezing” (health-sneezing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trwyn yn rhedeg | ffliw | clefyd y gwair | hances</translation>
    </message>
    <message>
        <source>vomit | vomiting | throw up | throwing up | sick bug</source>
        <extracomment>Other words people use for the card “Being sick” (health-being-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>taflu i fyny | cyfogi | bod yn sâl | byg stumog</translation>
    </message>
    <message>
        <source>mask | masks | infection | germs</source>
        <extracomment>Other words people use for the card “Face mask” (health-mask), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mwgwd | masg | mygydau | haint | germau</translation>
    </message>
    <message>
        <source>hand washing | hygiene | soap | clean hands</source>
        <extracomment>Other words people use for the card “Wash hands” (health-wash-hands), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hylendid | sebon | dwylo glân | golchi'ch dwylo</translation>
    </message>
    <message>
        <source>jab | vaccine | needle | vaccination | flu jab</source>
        <extracomment>Other words people use for the card “Injection” (health-injection), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>brechlyn | nodwydd | brechiad | pigiad ffliw</translation>
    </message>
    <message>
        <source>blood | blood sample | bleeding | blood tests</source>
        <extracomment>Other words people use for the card “Blood test” (health-blood-test), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwaed | sampl gwaed | gwaedu | profion gwaed</translation>
    </message>
    <message>
        <source>plasters | cut | wound | bandage | graze</source>
        <extracomment>Other words people use for the card “Plaster” (health-plaster), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>plastrau | toriad | clwyf | rhwymyn | crafiad</translation>
    </message>
    <message>
        <source>x-rays | scan | MRI | radiology</source>
        <extracomment>Other words people use for the card “X-ray” (health-x-ray), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>x-ray | pelydrau-x | sgan | MRI | radioleg</translation>
    </message>
    <message>
        <source>weigh | scales | weigh in | lose weight | BMI</source>
        <extracomment>Other words people use for the card “Weight” (health-weight), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pwyso | clorian | colli pwysau | BMI</translation>
    </message>
    <message>
        <source>salad | healthy food | diet | good food</source>
        <extracomment>Other words people use for the card “Healthy eating” (health-healthy-eating), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>salad | bwyd iach | deiet | bwyd da</translation>
    </message>
    <message>
        <source>smoke | cigarette | cigarettes | vaping | stop smoking</source>
        <extracomment>Other words people use for the card “Smoking” (health-smoking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>smocio | sigarét | sigaréts | fepio | rhoi'r gorau i ysmygu</translation>
    </message>
    <message>
        <source>beer | wine | drinking alcohol | booze | lager</source>
        <extracomment>Other words people use for the card “Alcohol” (health-alcohol), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cwrw | gwin | yfed alcohol | diod feddwol | lager</translation>
    </message>
    <message>
        <source>pregnancy | expecting | having a baby | bump</source>
        <extracomment>Other words people use for the card “Pregnant” (health-pregnant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>beichiogrwydd | disgwyl | cael babi | bol babi</translation>
    </message>
    <message>
        <source>paramedic | 999 | paramedics | blue lights</source>
        <extracomment>Other words people use for the card “Ambulance” (health-ambulance), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>parafeddyg | 999 | parafeddygon | goleuadau glas</translation>
    </message>
    <message>
        <source>wheelchair user | wheelchairs | mobility | push chair</source>
        <extracomment>Other words people use for the card “Wheelchair” (topic-wheelchair), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>defnyddiwr cadair olwyn | cadeiriau olwyn | symudedd | gwthio</translation>
    </message>
    <message>
        <source>scooter | powered wheelchair | electric wheelchair | buggy</source>
        <extracomment>Other words people use for the card “Mobility scooter” (health-mobility-scooter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sgwter | cadair olwyn drydan | cadair olwyn bŵer | bygi</translation>
    </message>
    <message>
        <source>crutch | walking aid | walking stick | walking frame</source>
        <extracomment>Other words people use for the card “Crutches” (health-crutches), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bagl | cymorth cerdded | ffon gerdded | ffrâm gerdded</translation>
    </message>
    <message>
        <source>hearing aid | ears | hard of hearing | hear | hearing loss</source>
        <extracomment>Other words people use for the card “Hearing” (topic-hearing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cymorth clyw | clustiau | trwm eich clyw | clywed | colli clyw</translation>
    </message>
    <message>
        <source>deafness | can't hear | sign language | BSL | deaf person</source>
        <extracomment>Other words people use for the card “Deaf” (health-deaf), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>byddardod | methu clywed | iaith arwyddion | BSL | person byddar</translation>
    </message>
    <message>
        <source>sight | eyes | eye | vision | eyesight</source>
        <extracomment>Other words people use for the card “Seeing” (topic-seeing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>golwg | llygaid | llygad | gweld yn dda</translation>
    </message>
    <message>
        <source>spectacles | opticians | reading glasses | eye test</source>
        <extracomment>Other words people use for the card “Glasses” (health-glasses), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwydrau | optegydd | sbectol ddarllen | prawf llygaid</translation>
    </message>
    <message>
        <source>sight loss | visually impaired | white cane | can't see | partially sighted</source>
        <extracomment>Other words people use for the card “Blind” (health-blind), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>colli golwg | nam ar y golwg | ffon wen | methu gweld | rhannol ddall</translation>
    </message>
    <message>
        <source>assistance dog | guide dogs | dog | helper dog</source>
        <extracomment>Other words people use for the card “Guide dog” (health-guide-dog), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ci cymorth | cŵn tywys | ci | ci helpu</translation>
    </message>
    <message>
        <source>choose | choices | decide | decision | options</source>
        <extracomment>Other words people use for the card “Choice” (rights-choice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dewis rhywbeth | dewisiadau | penderfynu | penderfyniad | opsiynau</translation>
    </message>
    <message>
        <source>refuse | no thank you | don't want | consent | my choice</source>
        <extracomment>Other words people use for the card “Say no” (rights-say-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwrthod | dim diolch | ddim eisiau | caniatâd | fy newis i</translation>
    </message>
    <message>
        <source>my rights | fair | law | justice | human rights</source>
        <extracomment>Other words people use for the card “Rights” (rights-rights), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fy hawliau | teg | y gyfraith | cyfiawnder | hawliau dynol</translation>
    </message>
    <message>
        <source>equality | equals | treated the same | equal rights | fair share</source>
        <extracomment>Other words people use for the card “Equal” (rights-equal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cydraddoldeb | yr un fath | cael eich trin yr un fath | hawliau cyfartal | siâr deg</translation>
    </message>
    <message>
        <source>speak out | advocacy | advocate | have your say | self-advocacy</source>
        <extracomment>Other words people use for the card “Speak up” (rights-speak-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>siarad allan | eiriolaeth | eiriolwr | dweud eich dweud | hunan-eiriolaeth</translation>
    </message>
    <message>
        <source>complain | complaints | not happy | make a complaint | moan</source>
        <extracomment>Other words people use for the card “Complaint” (rights-complaint), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cwyno | cwynion | ddim yn hapus | gwneud cwyn | grwgnach</translation>
    </message>
    <message>
        <source>info | find out | easy read | leaflet | tell me</source>
        <extracomment>Other words people use for the card “Information” (rights-information), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwybod | darganfod | hawdd ei ddeall | taflen | dweud wrtha i</translation>
    </message>
    <message>
        <source>privacy | secret | confidential | locked | personal</source>
        <extracomment>Other words people use for the card “Private” (rights-private), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>preifatrwydd | cyfrinach | cyfrinachol | wedi cloi | personol</translation>
    </message>
    <message>
        <source>safety | feel safe | protected | keep safe | safeguarding</source>
        <extracomment>Other words people use for the card “Safe” (topic-safety), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>diogelwch | teimlo'n ddiogel | wedi fy niogelu | cadw'n ddiogel | diogelu</translation>
    </message>
    <message>
        <source>unsafe | danger | dangerous | risk | warning</source>
        <extracomment>Other words people use for the card “Not safe” (rights-unsafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>anniogel | perygl | peryglus | risg | rhybudd</translation>
    </message>
    <message>
        <source>hit | punch | violence | hurt me | abuse | bullying</source>
        <extracomment>Other words people use for the card “Hitting” (rights-hitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>bwrw | dyrnu | trais | brifo fi | cam-drin | bwlio</translation>
    </message>
    <message>
        <source>forbidden | banned | no entry | rule | must not</source>
        <extracomment>Other words people use for the card “Not allowed” (rights-not-allowed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwaharddedig | wedi'i wahardd | dim mynediad | rheol | rhaid peidio</translation>
    </message>
    <message>
        <source>urgent | call 999 | alarm | siren</source>
        <extracomment>Other words people use for the card “Emergency” (rights-emergency), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>brys | ffonio 999 | larwm | seiren</translation>
    </message>
    <message>
        <source>fire alarm | burning | smoke alarm | flames</source>
        <extracomment>Other words people use for the card “Fire” (rights-fire), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>larwm tân | llosgi | larwm mwg | fflamau</translation>
    </message>
    <message>
        <source>emergency exit | way out | exit | escape</source>
        <extracomment>Other words people use for the card “Fire exit” (rights-fire-exit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>allanfa argyfwng | ffordd allan | allanfa | dianc</translation>
    </message>
    <message>
        <source>access | disabled access | accessibility | ramp | blue badge</source>
        <extracomment>Other words people use for the card “Accessible” (rights-accessible), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>mynediad | mynediad i bobl anabl | hygyrchedd | ramp | bathodyn glas</translation>
    </message>
    <message>
        <source>clock | what time | o'clock | hour | timing</source>
        <extracomment>Other words people use for the card “Time” (topic-time), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cloc | faint o'r gloch | o'r gloch | awr | amseru</translation>
    </message>
    <message>
        <source>date | diary | month | dates | planner</source>
        <extracomment>Other words people use for the card “Calendar” (topic-calendar), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dyddiad | dyddiadur | mis | dyddiadau | cynlluniwr</translation>
    </message>
    <message>
        <source>this day | tonight | right now</source>
        <extracomment>Other words people use for the card “Today” (time-today), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>y diwrnod hwn | heno | nawr | rŵan</translation>
    </message>
    <message>
        <source>next day | the day after | tomorrow morning | tomorrow night</source>
        <extracomment>Other words people use for the card “Tomorrow” (time-tomorrow), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>fory | y diwrnod nesaf | bore fory | nos yfory</translation>
    </message>
    <message>
        <source>the day before | last night | before | last time</source>
        <extracomment>Other words people use for the card “Yesterday” (time-yesterday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>y diwrnod cynt | neithiwr | o'r blaen | y tro diwethaf</translation>
    </message>
    <message>
        <source>mornings | early | sunrise | first thing</source>
        <extracomment>Other words people use for the card “Morning” (time-morning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>boreau | yn gynnar | gwawr | peth cyntaf</translation>
    </message>
    <message>
        <source>afternoons | midday | daytime | after lunch</source>
        <extracomment>Other words people use for the card “Afternoon” (time-afternoon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>prynhawniau | canol dydd | yn ystod y dydd | ar ôl cinio</translation>
    </message>
    <message>
        <source>evenings | teatime | sunset | after tea</source>
        <extracomment>Other words people use for the card “Evening” (time-evening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gyda'r nos | min nos | amser te | machlud | ar ôl te</translation>
    </message>
    <message>
        <source>nights | night time | dark | bedtime | overnight</source>
        <extracomment>Other words people use for the card “Night” (time-night), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nosweithiau | yn y nos | tywyll | amser gwely | dros nos</translation>
    </message>
    <message>
        <source>weeks | weekly | this week | next week | weekend</source>
        <extracomment>Other words people use for the card “Week” (time-week), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wythnosau | wythnosol | yr wythnos hon | wythnos nesaf | penwythnos</translation>
    </message>
    <message>
        <source>later | not yet | in a bit | shortly | future</source>
        <extracomment>Other words people use for the card “Soon” (time-soon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>yn fuan | wedyn | ddim eto | mewn munud | dyfodol</translation>
    </message>
    <message>
        <source>waiting | hold on | hang on | waiting time | queue</source>
        <extracomment>Other words people use for the card “Wait” (time-wait), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>disgwyl | arhoswch | un funud | amser aros | ciw</translation>
    </message>
    <message>
        <source>alarm | alarm clock | get up | getting up</source>
        <extracomment>Other words people use for the card “Wake up” (time-wake-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dihuno | codi | larwm | cloc larwm</translation>
    </message>
    <message>
        <source>springtime | flowers | Easter | March</source>
        <extracomment>Other words people use for the card “Spring” (time-spring), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>amser gwanwyn | blodau | Pasg | Mawrth</translation>
    </message>
    <message>
        <source>summertime | sunshine | ice cream | hot weather</source>
        <extracomment>Other words people use for the card “Summer” (time-summer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>amser haf | heulwen | hufen iâ | tywydd poeth</translation>
    </message>
    <message>
        <source>fall | leaves | autumn leaves | October</source>
        <extracomment>Other words people use for the card “Autumn” (time-autumn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dail | dail yr hydref | cwymp y dail | Medi</translation>
    </message>
    <message>
        <source>snow | snowman | cold weather | wintertime</source>
        <extracomment>Other words people use for the card “Winter” (time-winter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>eira | dyn eira | tywydd oer | amser gaeaf</translation>
    </message>
    <message>
        <source>begin | let's go | play | starting</source>
        <extracomment>Other words people use for the card “Start” (meeting-start), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cychwyn | bant â ni | chwarae | dechreuwch</translation>
    </message>
    <message>
        <source>finished | end | done | all done | the end</source>
        <extracomment>Other words people use for the card “Finish” (meeting-finish), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>wedi gorffen | diwedd | wedi'i wneud | y diwedd</translation>
    </message>
    <message>
        <source>speak | tell | talking | speaking</source>
        <extracomment>Other words people use for the card “Talk” (meeting-talk), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>dweud | sôn | sgwrsio | siarad â</translation>
    </message>
    <message>
        <source>hear | listening | pay attention | ear</source>
        <extracomment>Other words people use for the card “Listen” (meeting-listen), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>clywed | gwrandewch | talu sylw | clust</translation>
    </message>
    <message>
        <source>watch | looking | show me | have a look</source>
        <extracomment>Other words people use for the card “Look” (meeting-look), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwylio | edrychwch | dangos i fi | cael golwg</translation>
    </message>
    <message>
        <source>thinking | remember | memory | thought | forget</source>
        <extracomment>Other words people use for the card “Think” (meeting-think), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cofio | cof | syniad | anghofio</translation>
    </message>
    <message>
        <source>discussion | chat | conversation | talk about</source>
        <extracomment>Other words people use for the card “Discuss” (meeting-discuss), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>trafodaeth | sgwrs | siarad am | sgwrsio am</translation>
    </message>
    <message>
        <source>teamwork | partnership | co-production | handshake | deal</source>
        <extracomment>Other words people use for the card “Work together” (meeting-work-together), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>gwaith tîm | partneriaeth | cydgynhyrchu | ysgwyd llaw | cytundeb</translation>
    </message>
    <message>
        <source>voting | ballot | election | decide together</source>
        <extracomment>Other words people use for the card “Vote” (meeting-vote), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>pleidlais | etholiad | penderfynu gyda'n gilydd | bwrw pleidlais</translation>
    </message>
    <message>
        <source>chart | scores | count | outcome</source>
        <extracomment>Other words people use for the card “Results” (meeting-results), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>siart | sgoriau | cyfrif | canlyniad</translation>
    </message>
    <message>
        <source>raise your hand | put your hand up | wait please | hand</source>
        <extracomment>Other words people use for the card “Hand up” (meeting-hand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>codi llaw | codwch eich llaw | arhoswch os gwelwch yn dda | llaw</translation>
    </message>
    <message>
        <source>quiet | shh | too noisy | noise | be quiet</source>
        <extracomment>Other words people use for the card “Quiet please” (meeting-quiet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tawel | sh | gormod o sŵn | sŵn | byddwch yn dawel</translation>
    </message>
    <message>
        <source>can't hear | speak up please | volume up | too quiet</source>
        <extracomment>Other words people use for the card “Louder” (meeting-louder), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>methu clywed | siaradwch yn uwch | codi'r sain | rhy dawel</translation>
    </message>
    <message>
        <source>slower | too fast | slowly | take your time</source>
        <extracomment>Other words people use for the card “Slow down” (meeting-slow-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>yn arafach | rhy gyflym | yn araf | cymerwch eich amser</translation>
    </message>
    <message>
        <source>repeat | pardon | what did you say | one more time</source>
        <extracomment>Other words people use for the card “Say again” (meeting-say-again), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ailadrodd | pardwn | beth ddwedoch chi | un waith eto</translation>
    </message>
    <message>
        <source>swap | different | changes | do it differently</source>
        <extracomment>Other words people use for the card “Change” (meeting-change), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>cyfnewid | gwahanol | newidiadau | gwneud yn wahanol</translation>
    </message>
    <message>
        <source>move on | next one | forward | carry on</source>
        <extracomment>Other words people use for the card “Next” (meeting-next), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>symud ymlaen | yr un nesaf | ymlaen | cario ymlaen</translation>
    </message>
    <message>
        <source>backwards | previous | last one | return</source>
        <extracomment>Other words people use for the card “Go back” (meeting-back), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>yn ôl | blaenorol | yr un olaf | dychwelyd</translation>
    </message>
    <message>
        <source>agenda | list | plans | what's happening</source>
        <extracomment>Other words people use for the card “Plan” (meeting-plan), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>agenda | rhestr | cynlluniau | beth sy'n digwydd</translation>
    </message>
    <message>
        <source>notes | write down | minutes | take notes</source>
        <extracomment>Other words people use for the card “Write it down” (meeting-write), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>nodiadau | nodi | cofnodion | cymryd nodiadau</translation>
    </message>
    <message>
        <source>ground rules | agreement | rule | how we work</source>
        <extracomment>Other words people use for the card “Rules” (meeting-rules), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>rheolau sylfaenol | cytundeb | rheol | sut rydyn ni'n gweithio</translation>
    </message>
    <message>
        <source>photo | photograph | camera | picture | take a picture</source>
        <extracomment>Other words people use for the card “Photos” (meeting-photos), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>llun | ffotograff | camera | tynnu llun</translation>
    </message>
    <message>
        <source>film | filming | recording | video camera</source>
        <extracomment>Other words people use for the card “Video” (meeting-video), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ffilm | ffilmio | recordio | camera fideo</translation>
    </message>
    <message>
        <source>certificate | medal | prize | thank you award</source>
        <extracomment>Other words people use for the card “Award” (meeting-award), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>tystysgrif | medal | tlws | gwobr diolch</translation>
    </message>
    <message>
        <source>hooray | yay | we did it | success</source>
        <extracomment>Other words people use for the card “Celebrate” (meeting-celebrate), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>hwrê | iei | fe wnaethon ni | llwyddiant</translation>
    </message>
    <message>
        <source>sit | chair | seat | sitting</source>
        <extracomment>Other words people use for the card “Sit down” (meeting-sit-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>eisteddwch | cadair | sedd | eistedd i lawr</translation>
    </message>
    <message>
        <source>stand | standing | get up | stretch</source>
        <extracomment>Other words people use for the card “Stand up” (meeting-stand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>sefwch | codi | ymestyn | sefyll i fyny</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Feelings</source>
        <extracomment>The name of a group of picture cards (“feelings”).</extracomment>
        <translation>Teimladau</translation>
    </message>
    <message>
        <source>Responses</source>
        <extracomment>The name of a group of picture cards (“responses”).</extracomment>
        <translation>Ymatebion</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The name of a group of picture cards (“people”).</extracomment>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Places</source>
        <extracomment>The name of a group of picture cards (“places”).</extracomment>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <source>Daily life</source>
        <extracomment>The name of a group of picture cards (“daily”).</extracomment>
        <translation>Bywyd bob dydd</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>The name of a group of picture cards (“health”).</extracomment>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Rights and safety</source>
        <extracomment>The name of a group of picture cards (“rights”).</extracomment>
        <translation>Hawliau a diogelwch</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>The name of a group of picture cards (“time”).</extracomment>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The name of a group of picture cards (“meeting”).</extracomment>
        <translation>Cyfarfod</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Record of involvement</source>
        <extracomment>the title of a one-page certificate that a person took part in a meeting.</extracomment>
        <translation>Cofnod o gymryd rhan</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} took part in a co-production meeting.</source>
        <extracomment>on a certificate; {name} is the name the person chose to be credited by.</extracomment>
        <translation>Cymerodd {name} ran mewn cyfarfod cyd-gynhyrchu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Meeting: {title}</source>
        <extracomment>on a certificate; {title} is the meeting's title.</extracomment>
        <translation>Cyfarfod: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Date: {date}</source>
        <extracomment>on a certificate; {date} is the meeting's date in words.</extracomment>
        <translation>Dyddiad: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Place: {place}</source>
        <extracomment>on a certificate; {place} is where the meeting was held.</extracomment>
        <translation>Lle: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Time given: {time}</source>
        <extracomment>on a certificate; {time} is how long the meeting lasted, e.g. "1 hour 30 minutes".</extracomment>
        <translation>Amser a roddwyd: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} gave their views on:</source>
        <extracomment>on a certificate, over the list of questions the person answered.</extracomment>
        <translation>Rhoddodd {name} eu barn am:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They chose pictures to share their views.</source>
        <extracomment>on a certificate: the person used picture cards to say what they think.</extracomment>
        <translation>Dewison nhw luniau i rannu eu barn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They agreed with other people's ideas.</source>
        <extracomment>on a certificate: the person added their marker to other people's ideas.</extracomment>
        <translation>Cytunon nhw â syniadau pobl eraill.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Their words are in the meeting summary.</source>
        <extracomment>on a certificate: what the person said is written in the meeting's summary.</extracomment>
        <translation>Mae eu geiriau yn y crynodeb o'r cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Given by {organisation}.</source>
        <extracomment>on a certificate; {organisation} ran the meeting and gives the certificate.</extracomment>
        <translation>Rhoddwyd gan {organisation}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Signed: {line}</source>
        <extracomment>on a certificate, beside a line to sign on.</extracomment>
        <translation>Llofnod: {line}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/pdf.py"/>
        <source>and {count} more</source>
        <translation>a {count} arall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 hour</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>1 awr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} hours</source>
        <extracomment>a length of time on a certificate; {count} is 2 or more.</extracomment>
        <translation>{count} awr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 minute</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>1 munud</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} minutes</source>
        <extracomment>a length of time on a certificate; {count} is 0 or 2 to 59.</extracomment>
        <translation>{count} munud</translation>
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
        <translation>Dydd Llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Tuesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Dydd Mawrth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Wednesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Dydd Mercher</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Thursday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Dydd Iau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Friday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Dydd Gwener</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Saturday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Dydd Sadwrn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Sunday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>Dydd Sul</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>January</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Ionawr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>February</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Chwefror</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>March</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Mawrth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>April</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Ebrill</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>May</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>June</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Mehefin</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>July</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>August</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>September</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>October</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Hydref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>November</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>December</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>Rhagfyr</translation>
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
        <translation>Aeth rhywbeth o'i le. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That cannot be used. Please check it and try again.</source>
        <extracomment>An error message shown to a person (code input.invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd defnyddio hynny. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be found. It may have been removed.</source>
        <extracomment>An error message shown to a person (code not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd dod o hyd i hynny. Efallai ei fod wedi'i dynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code file.no_space). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r ddisg yn llawn. Gwnewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use that file or folder. Please choose another one.</source>
        <extracomment>An error message shown to a person (code file.not_allowed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does gan CoProd Desktop ddim caniatâd i ddefnyddio'r ffeil neu'r ffolder honno. Dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That place is read-only, so nothing can be saved there. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dim ond darllen sy'n bosibl yn y lle hwnnw, felly does dim modd cadw dim yno. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file or folder is not there any more. It may have been moved or removed.</source>
        <extracomment>An error message shown to a person (code file.not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r ffeil neu'r ffolder honno ddim yno mwyach. Efallai ei bod wedi'i symud neu ei thynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The file could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd darllen nac ysgrifennu'r ffeil. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder: please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.is_folder). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ffolder yw {file}: rhowch enw ffeil sy'n gorffen â {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The folder {folder} does not exist.</source>
        <extracomment>An error message shown to a person (code file.no_folder). {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r ffolder {folder} ddim yn bod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} does not end in {suffix}. Please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.wrong_suffix). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy {file} ddim yn gorffen â {suffix}. Rhowch enw ffeil sy'n gorffen â {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use {file}. Please choose another file or folder.</source>
        <extracomment>An error message shown to a person (code file.not_allowed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does gan CoProd Desktop ddim caniatâd i ddefnyddio {file}. Dewiswch ffeil neu ffolder arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file or folder {file}.</source>
        <extracomment>An error message shown to a person (code file.not_found_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim ffeil na ffolder o'r enw {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd darllen nac ysgrifennu {file}. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} cannot be saved: the folder {folder} cannot be written to. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.folder_not_writable). {file}: a file name. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd cadw {file}: does dim modd ysgrifennu yn y ffolder {folder}. Dewiswch ffolder arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text was expected.</source>
        <extracomment>An error message shown to a person (code text.not_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Roedd angen testun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the meeting title.</source>
        <extracomment>An error message shown to a person (code meeting.title_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch deitl y cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting title is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.title_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae teitl y cyfarfod yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The place is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.place_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r lle yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The date '{value}' is not a date. Please write it like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code meeting.date_invalid). 2026-11-26 is how the date must be written: keep it as it is. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn ddyddiad. Ysgrifennwch ef fel hyn: 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting with the id {id}.</source>
        <extracomment>An error message shown to a person (code meeting.missing). {id}: a meeting's id (letters, numbers and dashes). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cyfarfod gyda'r id {id}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The purpose is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.purpose_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r pwrpas yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A decision is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.decision_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae penderfyniad yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} decisions. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.decisions_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {count} penderfyniad. Cadwch at {limit} neu lai, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A next step is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_step_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae cam nesaf yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} next steps. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.next_steps_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {count} cam nesaf. Cadwch at {limit} neu lai, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The next meeting is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_meeting_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r cyfarfod nesaf yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contact is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.contact_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r manylion cyswllt yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a time. Please write it like 14:00.</source>
        <extracomment>An error message shown to a person (code meeting.time_not_understood). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nid yw '{value}' yn amser. Ysgrifennwch ef fel 14:00, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting ends at {ends}, before it starts at {starts}. Please check the times.</source>
        <extracomment>An error message shown to a person (code meeting.times_backwards). {ends}: a time of day, like 15:30. {starts}: a time of day, like 14:00. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r cyfarfod yn gorffen am {ends}, cyn iddo ddechrau am {starts}. Gwiriwch yr amseroedd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The organisation's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code settings.organisation_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae enw'r sefydliad yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of months. Please give a whole number from 1 to {limit}.</source>
        <extracomment>An error message shown to a person (code retention.months_invalid). {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn nifer o fisoedd. Rhowch rif cyfan o 1 i {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the person's name.</source>
        <extracomment>An error message shown to a person (code person.name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch enw'r person.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The person's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code person.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae enw'r person yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not known on this laptop.</source>
        <extracomment>An error message shown to a person (code person.unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r person hwnnw ddim yn hysbys ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r person hwnnw ddim yn cymryd rhan yn y cyfarfod hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.already_here). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} eisoes yn cymryd rhan yn y cyfarfod hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has contributed to this meeting, so they stay on the list.</source>
        <extracomment>An error message shown to a person (code person.has_contributed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} wedi cyfrannu at y cyfarfod hwn, felly maen nhw'n aros ar y rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} already has the {colour} {shape} marker. Please choose another colour or shape.</source>
        <extracomment>An error message shown to a person (code person.marker_taken). {colour} {shape} is a marker, such as 'orange circle': reorder as your language needs. {name}: a person's name or a file name, as typed. {colour}: a marker colour, from the Markers words (orange, sky blue...). {shape}: a marker shape, from the Markers words (circle, square...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae gan {name} y marciwr hwn yn barod ({shape}, lliw {colour}). Dewiswch liw neu siâp arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code person.name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch enw gydag o leiaf un llythyren neu rif.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a chosen name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch enw dewisol gydag o leiaf un llythyren neu rif.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the name they want to be credited as.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch yr enw maen nhw am gael eu cydnabod wrtho.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The name they want to be credited as is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r enw maen nhw am gael eu cydnabod wrtho yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A chosen name is only used when the person is credited by a chosen name.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_unused). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dim ond pan fydd y person yn cael ei gydnabod wrth enw o'i ddewis y defnyddir enw dewisol.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to credit a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code credit.style_unknown). {choices} are the program's own names (full_name, initials...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ffordd anhysbys o gydnabod person: '{value}'. Defnyddiwch un o'r rhain: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All {count} markers are in use in this meeting. Please start a second meeting for more people.</source>
        <extracomment>An error message shown to a person (code marker.all_taken). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae pob un o'r {count} marciwr yn cael eu defnyddio yn y cyfarfod hwn. Dechreuwch ail gyfarfod ar gyfer rhagor o bobl.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker colour: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.colour_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Lliw marciwr anhysbys: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker shape: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.shape_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Siâp marciwr anhysbys: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note about consent is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r nodyn am gydsyniad yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has not agreed to a photo being used. Record their consent first.</source>
        <extracomment>An error message shown to a person (code consent.no_photo). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy {name} ddim wedi cytuno i ddefnyddio llun ohonyn nhw. Cofnodwch eu cydsyniad yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.kind_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Math anhysbys o gydsyniad: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way of asking for consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.how_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ffordd anhysbys o ofyn am gydsyniad: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to name a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code consent.naming_unknown). {choices} are the program's own names (full_name, anonymous...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ffordd anhysbys o enwi person: '{value}'. Defnyddiwch un o'r rhain: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>What the person was told is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.told_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r hyn a ddywedwyd wrth y person yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} said no to take-home documents, so none are made for them.</source>
        <extracomment>An error message shown to a person (code consent.no_take_home). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dywedodd {name} na i ddogfennau i fynd adref, felly does dim un yn cael ei wneud iddyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the prompt.</source>
        <extracomment>An error message shown to a person (code prompt.text_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch y pwnc.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The prompt is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code prompt.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r pwnc yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt does not exist.</source>
        <extracomment>An error message shown to a person (code prompt.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r pwnc hwnnw ddim yn bod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contribution is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code contribution.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r cyfraniad yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type what they said or choose at least one picture card.</source>
        <extracomment>An error message shown to a person (code contribution.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch beth ddywedon nhw neu dewiswch o leiaf un cerdyn llun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A contribution can have at most {limit} picture cards.</source>
        <extracomment>An error message shown to a person (code contribution.too_many_cards). {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Gall cyfraniad gael {limit} cerdyn llun ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking: that person is not in this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.speaker_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dewiswch pwy sy'n siarad: dydy'r person hwnnw ddim yn y cyfarfod hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.prompt_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r pwnc hwnnw ddim yn rhan o'r cyfarfod hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution does not exist.</source>
        <extracomment>An error message shown to a person (code contribution.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r cyfraniad hwnnw ddim yn bod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking first.</source>
        <extracomment>An error message shown to a person (code room.no_speaker). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dewiswch pwy sy'n siarad yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting. Please choose someone from the list.</source>
        <extracomment>An error message shown to a person (code room.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r person hwnnw ddim yn y cyfarfod hwn. Dewiswch rywun o'r rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No meeting is open in the room. Please open a meeting first.</source>
        <extracomment>An error message shown to a person (code room.not_open). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cyfarfod ar agor yn yr ystafell. Agorwch gyfarfod yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution was withdrawn: its words are gone, so it cannot be changed.</source>
        <extracomment>An error message shown to a person (code contribution.withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cafodd y cyfraniad hwnnw ei dynnu'n ôl: mae ei eiriau wedi mynd, felly does dim modd ei newid.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r cyfraniad hwnnw ddim yn rhan o'r cyfarfod hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>People cannot agree with their own contribution.</source>
        <extracomment>An error message shown to a person (code agreement.own_contribution). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd i bobl gytuno â'u cyfraniad eu hunain.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting, so they cannot agree here.</source>
        <extracomment>An error message shown to a person (code agreement.person_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r person hwnnw ddim yn y cyfarfod hwn, felly does dim modd iddyn nhw gytuno yma.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of support: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code support.role_unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Math anhysbys o gymorth: '{value}'. Defnyddiwch un o: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The supporter's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code support.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae enw'r cefnogwr yn rhy hir: {length} nod, yr uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is nothing to undo.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_undo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim byd i'w ddadwneud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A withdrawn contribution cannot be brought back: its words were erased.</source>
        <extracomment>An error message shown to a person (code room.undo_withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd dod â chyfraniad a dynnwyd yn ôl yn ei ôl: cafodd ei eiriau eu dileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>This meeting has no prompts yet, so nobody can pass on one.</source>
        <extracomment>An error message shown to a person (code room.no_prompt). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cwestiynau yn y cyfarfod hwn eto, felly does dim modd i neb basio ar un.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no contribution waiting to be confirmed.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_confirm). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cyfraniad yn aros i gael ei gadarnhau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name}, would you like to say something?</source>
        <extracomment>An error message shown to a person (code room.invitation). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name}, hoffech chi ddweud rhywbeth?</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no picture card '{card}'.</source>
        <extracomment>An error message shown to a person (code card.missing). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cerdyn llun '{card}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's words.</source>
        <extracomment>An error message shown to a person (code card.label_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch eiriau'r cerdyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's words are too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.label_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae geiriau'r cerdyn yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's group.</source>
        <extracomment>An error message shown to a person (code card.group_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch grŵp y cerdyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's group is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.group_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae grŵp y cerdyn yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's source.</source>
        <extracomment>An error message shown to a person (code card.source_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch ffynhonnell y cerdyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's source is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.source_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae ffynhonnell y cerdyn yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The licence is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.licence_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r drwydded yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The author is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.author_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r awdur yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The other word is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.other_word_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r gair arall yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code card.picture_not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd cadw'r llun hwnnw: doedd e ddim wedi'i baratoi ar gyfer CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card has no stored picture.</source>
        <extracomment>An error message shown to a person (code card.no_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim llun wedi'i gadw ar gyfer y cerdyn hwnnw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Only cards that people brought can be removed.</source>
        <extracomment>An error message shown to a person (code card.not_brought). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dim ond cardiau a ddaeth pobl gyda nhw y mae modd eu tynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card is used in a meeting, so it stays.</source>
        <extracomment>An error message shown to a person (code card.in_use). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r cerdyn hwnnw'n cael ei ddefnyddio mewn cyfarfod, felly mae'n aros.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are no picture cards to export.</source>
        <extracomment>An error message shown to a person (code board.no_cards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cardiau llun i'w hallforio.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is not a picture CoProd Desktop can open. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.not_a_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r ffeil honno ddim yn llun y gall CoProd Desktop ei agor. Dewiswch ffeil ffotograff neu lun fel JPEG neu PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is empty. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r ffeil honno'n wag. Dewiswch ffeil ffotograff neu lun fel JPEG neu PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is damaged or incomplete, so it cannot be used. Please choose another copy of it.</source>
        <extracomment>An error message shown to a person (code picture.damaged). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r llun hwnnw wedi'i ddifrodi neu'n anghyflawn, felly does dim modd ei ddefnyddio. Dewiswch gopi arall ohono.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_photo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Llun wedi'i dynnu (SVG) yw'r ffeil honno, nid ffotograff. Dewiswch ffeil ffotograff neu lun fel JPEG neu PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), which CoProd Desktop cannot use safely yet. Please save it as a PNG picture and choose that.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_card). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Llun wedi'i dynnu (SVG) yw'r ffeil honno, ac ni all CoProd Desktop ei ddefnyddio'n ddiogel eto. Cadwch hi fel llun PNG a dewiswch hwnnw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a PDF document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.pdf). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dogfen PDF yw'r ffeil honno, nid llun. Dewiswch ffeil ffotograff neu lun fel JPEG neu PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a web page or text document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.web_page). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Tudalen we neu ddogfen destun yw'r ffeil honno, nid llun. Dewiswch ffeil ffotograff neu lun fel JPEG neu PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo is in the HEIC format, which CoProd Desktop cannot open. Please save it as a JPEG first.</source>
        <extracomment>An error message shown to a person (code picture.heic). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r ffotograff hwnnw yn y fformat HEIC, ac ni all CoProd Desktop ei agor. Cadwch ef fel JPEG yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is not enough memory to open that picture. Please close other programs or choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.no_memory). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim digon o gof i agor y llun hwnnw. Caewch raglenni eraill neu dewiswch lun llai.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is too big ({size_mb} MB). Please choose a picture smaller than {limit_mb} MB.</source>
        <extracomment>An error message shown to a person (code picture.too_big). {size_mb}: a size in megabytes, such as 12.5. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r ffeil honno'n rhy fawr ({size_mb} MB). Dewiswch lun sy'n llai na {limit_mb} MB.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture has too many pixels to open safely (more than {millions} million). Please choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.too_many_pixels). {millions}: a number of millions, such as 50. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae gan y llun hwnnw ormod o bicseli i'w agor yn ddiogel (mwy na {millions} miliwn). Dewiswch lun llai.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too small to see ({width} × {height} pixels). Please choose one at least {min_side} pixels on each side.</source>
        <extracomment>An error message shown to a person (code picture.too_small). {width}: a number of pixels. {height}: a number of pixels. {min_side}: a number of pixels. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r llun hwnnw'n rhy fach i'w weld ({width} × {height} picsel). Dewiswch un sydd o leiaf {min_side} picsel bob ochr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too long and thin to show. Please crop it first, then choose it again.</source>
        <extracomment>An error message shown to a person (code picture.too_thin). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r llun hwnnw'n rhy hir a thenau i'w ddangos. Torrwch ef yn gyntaf, yna dewiswch ef eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file called {file} any more. Please choose the picture again.</source>
        <extracomment>An error message shown to a person (code picture.file_gone). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim ffeil o'r enw {file} mwyach. Dewiswch y llun eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to open {file}.</source>
        <extracomment>An error message shown to a person (code picture.not_allowed). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does gan CoProd Desktop ddim caniatâd i agor {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read. Please choose it again, or choose another picture.</source>
        <extracomment>An error message shown to a person (code picture.unreadable). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd darllen {file}. Dewiswch ef eto, neu dewiswch lun arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder, not a picture. Please choose a picture file inside it.</source>
        <extracomment>An error message shown to a person (code picture.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ffolder yw {file}, nid llun. Dewiswch ffeil llun sydd y tu mewn iddo.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not an ordinary file, so it cannot be used as a picture.</source>
        <extracomment>An error message shown to a person (code picture.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy {file} ddim yn ffeil gyffredin, felly does dim modd ei defnyddio fel llun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code photo.not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd cadw'r ffotograff hwnnw: doedd e ddim wedi'i baratoi ar gyfer CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The preferred name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.preferred_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r enw dewisol yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The formats must be a list such as Easy Read, Large print or Audio.</source>
        <extracomment>An error message shown to a person (code profile.formats_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r fformatau fod yn rhestr fel Hawdd ei Ddeall, Print bras neu Sain.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a format CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.format_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn fformat y mae CoProd Desktop yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of interpreter CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn fath o gyfieithydd y mae CoProd Desktop yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a way of using the laptop CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.access_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn ffordd o ddefnyddio'r gliniadur y mae CoProd Desktop yn ei hadnabod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a switch set-up CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.switch_mode_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn drefniant switsh y mae CoProd Desktop yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a card size CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.card_size_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn faint cerdyn y mae CoProd Desktop yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose a language from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dewiswch iaith o'r rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language CoProd Desktop knows. Please choose one from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn iaith y mae CoProd Desktop yn ei hadnabod. Dewiswch un o'r rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the language the interpreter speaks.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Teipiwch yr iaith y mae'r cyfieithydd yn ei siarad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The interpreter's language is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae iaith y cyfieithydd yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r amser ar bob eitem fod rhwng {low} a {high} eiliad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time to hold the switch must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r amser i ddal y switsh fod rhwng {low} a {high} eiliad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.voice_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae enw'r llais yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note for the facilitator is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.notes_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r nodyn i'r hwylusydd yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text size must be between {low}% and {high}%, in steps of {step}%.</source>
        <extracomment>An error message shown to a person (code appearance.text_scale_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. {step}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i faint y testun fod rhwng {low}% a {high}%, mewn camau o {step}%.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the colour themes in the list.</source>
        <extracomment>An error message shown to a person (code appearance.theme_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dewiswch un o'r themâu lliw yn y rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the fonts in the list.</source>
        <extracomment>An error message shown to a person (code appearance.font_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dewiswch un o'r ffontiau yn y rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Reduced motion must be on or off.</source>
        <extracomment>An error message shown to a person (code appearance.reduced_motion_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i Llai o symud fod ymlaen neu i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a colour: write it as #RRGGBB, for example #1A4FD6.</source>
        <extracomment>An error message shown to a person (code colour.invalid). #RRGGBB and #1A4FD6 are how colours are written: keep them as they are. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn lliw: ysgrifennwch ef fel #RRGGBB, er enghraifft #1A4FD6.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Opacity must be between 0 and 1, not {value}.</source>
        <extracomment>An error message shown to a person (code colour.opacity_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r didreiddedd fod rhwng 0 ac 1, nid {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Scanning must use one switch or two switches.</source>
        <extracomment>An error message shown to a person (code scanning.mode_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i sganio ddefnyddio un switsh neu ddau switsh.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r amser ar bob eitem fod rhwng {low} a {high} eiliad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The extra time on the first item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.first_item_extra_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r amser ychwanegol ar yr eitem gyntaf fod rhwng {low} a {high} eiliad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>How long to hold the switch must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r amser i ddal y switsh fod rhwng {low} a {high} eiliad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The pause after a press must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.debounce_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r saib ar ôl gwasgu fod rhwng {low} a {high} eiliad.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of rounds before scanning stops must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.passes_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i nifer y rowndiau cyn i'r sganio stopio fod yn rhif cyfan o {low} i {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of items in a block must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.block_size_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i nifer yr eitemau mewn bloc fod yn rhif cyfan o {low} i {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Spoken cues must be on or off.</source>
        <extracomment>An error message shown to a person (code scanning.spoken_cues_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r ciwiau llafar fod ymlaen neu i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown language '{value}'.</source>
        <extracomment>An error message shown to a person (code speech.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Iaith anhysbys '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The reading speed must be a whole number from {low} to {high} words a minute.</source>
        <extracomment>An error message shown to a person (code speech.rate_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r cyflymder darllen fod yn rhif cyfan o {low} i {high} gair y funud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The volume must be between 0 and 1.</source>
        <extracomment>An error message shown to a person (code speech.volume_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid i'r sain fod rhwng 0 ac 1.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language code such as “en” or “cy”.</source>
        <extracomment>An error message shown to a person (code speech.language_tag_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn god iaith fel “en” neu “cy”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A voice must be named by its id, or left unset.</source>
        <extracomment>An error message shown to a person (code speech.voice_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhaid enwi llais wrth ei id, neu ei adael heb ei osod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no speech engine can run on this computer.</source>
        <extracomment>An error message shown to a person (code speech.unavailable). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: does dim peiriant lleferydd yn gallu rhedeg ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be read aloud. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd darllen hynny'n uchel. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper could not start.</source>
        <extracomment>An error message shown to a person (code speech.helper_failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: doedd dim modd cychwyn y cynorthwyydd lleferydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper stopped while starting. {reason}</source>
        <extracomment>An error message shown to a person (code speech.helper_stopped_starting). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: stopiodd y cynorthwyydd lleferydd wrth gychwyn. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). Remove that setting and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.switched_off). COPROD_SPEECH_DRIVER is the name of a setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd wedi'i ddiffodd ar y cyfrifiadur hwn (mae COPROD_SPEECH_DRIVER wedi'i osod i “none”). Tynnwch y gosodiad hwnnw a chychwyn CoProd Desktop eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no voices are installed. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_voices). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: does dim lleisiau wedi'u gosod. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the espeak-ng speech engine is not installed on this computer. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_espeak). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: dydy'r peiriant lleferydd espeak-ng ddim wedi'i osod ar y cyfrifiadur hwn. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine '{value}' does not exist. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_unknown). {value}: what was given, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: dydy'r peiriant lleferydd '{value}' ddim yn bod. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine could not start. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_failed). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: doedd dim modd cychwyn y peiriant lleferydd. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: a part of CoProd Desktop is missing (pyttsx3). Reinstall CoProd Desktop and start it again.</source>
        <extracomment>An error message shown to a person (code speech.pyttsx3_missing). pyttsx3 is the name of a program part: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd: mae rhan o CoProd Desktop ar goll (pyttsx3). Gosodwch CoProd Desktop eto a'i gychwyn eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_linux). espeak-ng and sudo apt install espeak-ng are a name and a command: keep them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Gosodwch espeak-ng (sudo apt install espeak-ng) a chychwyn CoProd Desktop eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a Windows voice is installed (Settings, Time and language, Speech) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_windows). Name the Windows settings as a Windows in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Gwiriwch fod llais Windows wedi'i osod (Gosodiadau, Amser ac iaith, Lleferydd) a chychwyn CoProd Desktop eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a system voice is installed (System Settings, Accessibility, Spoken Content) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_mac). Name the macOS settings as a Mac in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Gwiriwch fod llais system wedi'i osod (Gosodiadau System, Hygyrchedd, Cynnwys Llafar) a chychwyn CoProd Desktop eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech engine stopped responding. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.engine_stuck). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Stopiodd y peiriant lleferydd ymateb. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech stopped unexpectedly. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Stopiodd lleferydd yn annisgwyl. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech has been closed.</source>
        <extracomment>An error message shown to a person (code speech.closed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd wedi'i gau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech settings cannot be used. Please check them and try again.</source>
        <extracomment>An error message shown to a person (code speech.settings_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd defnyddio'r gosodiadau lleferydd. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The text could not be turned into speech. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.not_spoken). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd troi'r testun yn lleferydd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.no_sound). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: this computer has no working sound output.</source>
        <extracomment>An error message shown to a person (code speech.no_sound_output). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain: does gan y cyfrifiadur hwn ddim allbwn sain sy'n gweithio.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player did not finish.</source>
        <extracomment>An error message shown to a person (code speech.player_unfinished). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain: wnaeth y chwaraewr sain ddim gorffen.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player ({name}) stopped with an error.</source>
        <extracomment>An error message shown to a person (code speech.player_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain: stopiodd y chwaraewr sain ({name}) gyda gwall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” could not start.</source>
        <extracomment>An error message shown to a person (code speech.player_not_started). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain: doedd dim modd cychwyn y chwaraewr sain “{name}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing). COPROD_AUDIO_PLAYER is the name of a setting: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain: dydy'r chwaraewr sain “{name}” ddim wedi'i osod. Gosodwch COPROD_AUDIO_PLAYER i orchymyn chwaraewr, a chychwyn CoProd Desktop eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Install alsa-utils (sudo apt install alsa-utils) or set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing_linux). alsa-utils, sudo apt install alsa-utils and COPROD_AUDIO_PLAYER are names and a command: keep them. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd chwarae sain: dydy'r chwaraewr sain “{name}” ddim wedi'i osod. Gosodwch alsa-utils (sudo apt install alsa-utils) neu gosodwch COPROD_AUDIO_PLAYER i orchymyn chwaraewr, a chychwyn CoProd Desktop eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voices are installed, so nothing can be read aloud.</source>
        <extracomment>An error message shown to a person (code speech.voice_none). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim lleisiau wedi'u gosod, felly does dim modd darllen dim yn uchel.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed; reading with another voice for {language} instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_missing). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r llais “{voice}” ddim wedi'i osod; yn darllen gyda llais arall ar gyfer {language} yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing). Not an error: said while reading aloud goes on in English. {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim llais ar gyfer {language} wedi'i osod; yn darllen yn Saesneg yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_other). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim llais ar gyfer {language} wedi'i osod; yn darllen gyda'r llais “{other_voice}” yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_standard). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim llais ar gyfer {language} wedi'i osod; yn darllen gyda'r llais safonol yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r llais “{voice}” ddim wedi'i osod, a does dim llais ar gyfer {language} chwaith; yn darllen yn Saesneg yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing_other). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r llais “{voice}” ddim wedi'i osod, a does dim llais ar gyfer {language} chwaith; yn darllen gyda'r llais “{other_voice}” yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” could not be used; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_not_usable). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd defnyddio'r llais “{voice}”; yn darllen gyda'r llais safonol yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no text to save as audio.</source>
        <extracomment>An error message shown to a person (code audio.no_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim testun i'w gadw fel sain.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio file could not be saved. {reason}</source>
        <extracomment>An error message shown to a person (code audio.not_saved). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd cadw'r ffeil sain. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Making the audio took too long, so it was stopped.</source>
        <extracomment>An error message shown to a person (code audio.too_slow). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Roedd gwneud y sain yn cymryd gormod o amser, felly cafodd ei atal.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech helper stopped before the audio was made.</source>
        <extracomment>An error message shown to a person (code audio.helper_stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Stopiodd y cynorthwyydd lleferydd cyn i'r sain gael ei gwneud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio could not be made. Please try again.</source>
        <extracomment>An error message shown to a person (code audio.not_made). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd gwneud y sain. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off on this computer, so the sound file cannot be made.</source>
        <extracomment>An error message shown to a person (code audio.speech_off). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae lleferydd i ffwrdd ar y cyfrifiadur hwn, felly does dim modd gwneud y ffeil sain.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop has no language '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code language.unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does gan CoProd Desktop ddim iaith '{value}'. Defnyddiwch un o'r rhain: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a prompt in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_prompt). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio “{title}”: mae pwnc yn y ffeil eisoes yn perthyn i gyfarfod arall ar y gliniadur hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a contribution in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_contribution). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio “{title}”: mae cyfraniad yn y ffeil eisoes yn perthyn i gyfarfod arall ar y gliniadur hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: it clashes with data on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.clash). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio “{title}”: mae'n gwrthdaro â data ar y gliniadur hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: the picture card “{label}” ({card}) is not on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.card_missing). {title}: a meeting's title, as typed. {label}: a picture card's words. {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio “{title}”: dydy'r cerdyn llun “{label}” ({card}) ddim ar y gliniadur hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a meeting export file.</source>
        <extracomment>An error message shown to a person (code import.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: ffolder yw e, nid ffeil allforio cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a file.</source>
        <extracomment>An error message shown to a person (code import.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn ffeil.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a meeting export (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code import.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'n rhy fawr i fod yn allforiad cyfarfod (dros {limit_mb} MB).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: there is no such file.</source>
        <extracomment>An error message shown to a person (code import.no_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: does dim ffeil o'r fath.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it cannot be read. {reason}</source>
        <extracomment>An error message shown to a person (code import.unreadable). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: does dim modd ei darllen. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is empty.</source>
        <extracomment>An error message shown to a person (code import.empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'n wag.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not a meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_utf8). UTF-8 is the name of a text encoding: keep it as it is. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn destun UTF-8, felly dydy e ddim yn allforiad cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not valid JSON (line {line}, column {column}).</source>
        <extracomment>An error message shown to a person (code import.not_json). JSON is the name of a file format: keep it as it is. {file}: a file name. {line}: a line number. {column}: a column number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn JSON dilys (llinell {line}, colofn {column}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a meeting export.</source>
        <extracomment>An error message shown to a person (code import.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae wedi'i nythu'n llawer rhy ddwfn i fod yn allforiad cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the field {name} appears twice in one place.</source>
        <extracomment>An error message shown to a person (code import.field_twice). {file}: a file name. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'r maes {name} yn ymddangos ddwywaith yn yr un lle.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.odd_value). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo werth nad oes gan unrhyw allforiad cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a CoProd Desktop meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_export). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn allforiad cyfarfod CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has an unknown format version: {value}.</source>
        <extracomment>An error message shown to a person (code import.unknown_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ganddo fersiwn fformat anhysbys: {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it was made by a newer version of CoProd Desktop (format version {value}). Please update CoProd Desktop to import it.</source>
        <extracomment>An error message shown to a person (code import.newer_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: cafodd ei wneud gan fersiwn mwy newydd o CoProd Desktop (fersiwn fformat {value}). Diweddarwch CoProd Desktop i'w fewnforio.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has neither words nor picture cards.</source>
        <extracomment>An error message shown to a person (code import.nothing_said). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: does gan {field} ddim geiriau na chardiau lluniau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {card} is not in the list of cards.</source>
        <extracomment>An error message shown to a person (code import.card_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} {card} ddim yn y rhestr o gardiau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is credited to someone who is not among the people in the file.</source>
        <extracomment>An error message shown to a person (code import.person_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae {field} yn cael ei gydnabod i rywun nad yw ymhlith y bobl yn y ffeil.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not one of the prompts in the file.</source>
        <extracomment>An error message shown to a person (code import.prompt_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn un o'r pynciau yn y ffeil.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is missing.</source>
        <extracomment>An error message shown to a person (code import.field_missing). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae {field} ar goll.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a field a meeting export has.</source>
        <extracomment>An error message shown to a person (code import.field_unknown). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn faes sydd gan allforiad cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is empty.</source>
        <extracomment>An error message shown to a person (code import.field_empty). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae {field} yn wag.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_long). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae {field} yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has {count} items, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_many). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae gan {field} {count} eitem, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} lists the same thing twice.</source>
        <extracomment>An error message shown to a person (code import.listed_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae {field} yn rhestru'r un peth ddwywaith.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is the same as {other}.</source>
        <extracomment>An error message shown to a person (code import.same_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {other}: another place in the file, such as people[2].id (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae {field} yr un fath ag {other}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not text.</source>
        <extracomment>An error message shown to a person (code import.not_text). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn destun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a list.</source>
        <extracomment>An error message shown to a person (code import.not_list). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn rhestr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a JSON object.</source>
        <extracomment>An error message shown to a person (code import.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn wrthrych JSON.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a number.</source>
        <extracomment>An error message shown to a person (code import.not_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn rhif.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a whole number.</source>
        <extracomment>An error message shown to a person (code import.not_whole_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn rhif cyfan.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an id.</source>
        <extracomment>An error message shown to a person (code import.not_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn id.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a picture card id.</source>
        <extracomment>An error message shown to a person (code import.not_card_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} {value} ddim yn id cerdyn llun.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a date written like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code import.not_date). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} {value} ddim yn ddyddiad wedi'i ysgrifennu fel 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a UTC time written like 2026-11-26T10:00:00Z.</source>
        <extracomment>An error message shown to a person (code import.not_time). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} {value} ddim yn amser UTC wedi'i ysgrifennu fel 2026-11-26T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is {value}, which is not one of: {choices}.</source>
        <extracomment>An error message shown to a person (code import.not_one_of). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: {value} yw {field}, sydd ddim yn un o'r rhain: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} must be from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code import.out_of_range). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: rhaid i {field} fod rhwng {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the right kind of value.</source>
        <extracomment>An error message shown to a person (code import.wrong_type). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim y math cywir o werth.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.wrong_value). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae gan {field} werth nad oes gan unrhyw allforiad cyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} cannot be used. {reason}</source>
        <extracomment>An error message shown to a person (code import.value_refused). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: does dim modd defnyddio {field}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Imported “{title}”. People added: {people}. Prompts added: {prompts}. Contributions added: {contributions}. Already here: {already}.</source>
        <extracomment>An error message shown to a person (code import.done). Not an error: said after a meeting export file was imported. {title}: a meeting's title, as typed. {people}: a number. {prompts}: a number. {contributions}: a number. {already}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi mewnforio “{title}”. Pobl wedi'u hychwanegu: {people}. Pynciau wedi'u hychwanegu: {prompts}. Cyfraniadau wedi'u hychwanegu: {contributions}. Yma'n barod: {already}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Communication profiles added: {count}.</source>
        <extracomment>An error message shown to a person (code import.profiles_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Proffiliau cyfathrebu wedi'u hychwanegu: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: {ref} is not one of the differences between the file and this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.not_a_conflict). {title}: a meeting's title, as typed. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio “{title}”: dydy {ref} ddim yn un o'r gwahaniaethau rhwng y ffeil a'r gliniadur hwn. Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Withdrawn in the file, so withdrawn here too: {count}.</source>
        <extracomment>An error message shown to a person (code import.withdrawn_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u tynnu'n ôl yn y ffeil, felly wedi'u tynnu'n ôl yma hefyd: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s meeting details ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_meeting). Not an error: a meeting differed between a file and this laptop; this laptop's was kept. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cadw manylion cyfarfod y gliniadur hwn ({ref}): “{mine}”. Mae'r ffeil yn dweud: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s meeting details ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_meeting). Not an error: a meeting differed between a file and this laptop; the file's was taken. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cymryd manylion cyfarfod y ffeil ({ref}): “{theirs}”. Roedd gan y gliniadur hwn: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s prompt ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cadw pwnc y gliniadur hwn ({ref}): “{mine}”. Mae'r ffeil yn dweud: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s prompt ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cymryd pwnc y ffeil ({ref}): “{theirs}”. Roedd gan y gliniadur hwn: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s contribution ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cadw cyfraniad y gliniadur hwn ({ref}): “{mine}”. Mae'r ffeil yn dweud: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s contribution ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cymryd cyfraniad y ffeil ({ref}): “{theirs}”. Roedd gan y gliniadur hwn: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept how this laptop credits a person ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cadw sut mae'r gliniadur hwn yn cydnabod person ({ref}): “{mine}”. Mae'r ffeil yn dweud: “{theirs}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took how the file credits a person ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi cymryd sut mae'r ffeil yn cydnabod person ({ref}): “{theirs}”. Roedd gan y gliniadur hwn: “{mine}”.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code export.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd cadw'r cyfarfod fel {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a role. The roles are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.role_unknown). {choices} are the program's own names (participant, observer...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn rôl. Y rolau yw: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a choice of recognition. The choices are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.recognition_unknown). {choices} are the program's own names (payment, voucher...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn ddewis o gydnabyddiaeth. Y dewisiadau yw: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of minutes. Please give a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code involvement.minutes_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn nifer o funudau. Rhowch rif cyfan o {low} i {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of expense. The kinds are: {choices}.</source>
        <extracomment>An error message shown to a person (code expense.kind_unknown). {choices} are the program's own names (mileage, fare...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn fath o draul. Y mathau yw: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of miles. Please give a number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code expense.miles_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn nifer o filltiroedd. Rhowch rif o {low} i {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not an amount of money. Please write it like 12.50, up to {limit}.</source>
        <extracomment>An error message shown to a person (code expense.amount_invalid). 12.50 is an amount of money in pounds; {limit} is an amount such as £100,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy '{value}' ddim yn swm o arian. Ysgrifennwch ef fel 12.50, hyd at {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the miles travelled.</source>
        <extracomment>An error message shown to a person (code expense.miles_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhowch nifer y milltiroedd a deithiwyd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the amount of money.</source>
        <extracomment>An error message shown to a person (code expense.amount_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Rhowch y swm o arian.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code expense.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r nodyn yn rhy hir: {length} nod, a'r uchafswm yw {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That expense is not there any more. It may have been removed.</source>
        <extracomment>An error message shown to a person (code expense.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy'r draul honno ddim yno mwyach. Efallai ei bod wedi'i thynnu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' cannot be used as a rate. Please write an amount like 0.45, up to {limit}.</source>
        <extracomment>An error message shown to a person (code rates.invalid). 0.45 is an amount of money in pounds; {limit} is an amount such as £1,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd defnyddio '{value}' fel cyfradd. Ysgrifennwch swm fel 0.45, hyd at {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The end date comes before the start date. Please check the dates.</source>
        <extracomment>An error message shown to a person (code finance.dates_backwards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r dyddiad gorffen cyn y dyddiad dechrau. Gwiriwch y dyddiadau.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already. A finance export never replaces a file: choose another name.</source>
        <extracomment>An error message shown to a person (code finance.file_exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {file} yno'n barod. Dydy allforio cyllid byth yn disodli ffeil: dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The finance export could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code finance.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd cadw'r allforio cyllid fel {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a board file.</source>
        <extracomment>An error message shown to a person (code board.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: ffolder yw e, nid ffeil bwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code board.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'n rhy fawr i fod yn fwrdd (dros {limit_mb} MB).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB of text).</source>
        <extracomment>An error message shown to a person (code board.text_too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'n rhy fawr i fod yn fwrdd (dros {limit_mb} MB o destun).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a part of it is empty.</source>
        <extracomment>An error message shown to a person (code board.part_empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae rhan ohono'n wag.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_utf8). UTF-8 and Open Board Format are names: keep them as they are. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn destun UTF-8, felly dydy e ddim yn fwrdd Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a board.</source>
        <extracomment>An error message shown to a person (code board.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae wedi'i nythu'n llawer rhy ddwfn i fod yn fwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a number no board has.</source>
        <extracomment>An error message shown to a person (code board.odd_number). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo rif nad oes gan unrhyw fwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a readable .obz package (the zip file is damaged).</source>
        <extracomment>An error message shown to a person (code board.zip_damaged). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn becyn .obz y mae modd ei ddarllen (mae'r ffeil zip wedi'i difrodi).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds too many files ({count}; the most is {limit}).</source>
        <extracomment>An error message shown to a person (code board.too_many_files). {file}: a file name. {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo ormod o ffeiliau ({count}; yr uchafswm yw {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it unpacks to more than {limit_mb} MB, too big for a board package.</source>
        <extracomment>An error message shown to a person (code board.too_big_unpacked). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'n dadbacio i fwy na {limit_mb} MB, sy'n rhy fawr i becyn bwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file whose name leads outside the package ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_outside). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo ffeil y mae ei henw'n arwain allan o'r pecyn ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a link to another place ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_link). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo ddolen i le arall ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file locked with a password ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_locked). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo ffeil wedi'i chloi â chyfrinair ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file packed in a way .obz packages do not use ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_packing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo ffeil wedi'i phacio mewn ffordd nad yw pecynnau .obz yn ei defnyddio ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds two files named {entry}.</source>
        <extracomment>An error message shown to a person (code board.entry_twice). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo ddwy ffeil o'r enw {entry}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is too big.</source>
        <extracomment>An error message shown to a person (code board.entry_too_big). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'r ffeil {entry} yn y pecyn yn rhy fawr.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} holds more than the package says.</source>
        <extracomment>An error message shown to a person (code board.entry_lies). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'r ffeil {entry} yn dal mwy nag y mae'r pecyn yn ei ddweud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is damaged.</source>
        <extracomment>An error message shown to a person (code board.entry_damaged). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'r ffeil {entry} yn y pecyn wedi'i difrodi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} unpacks to far more than it holds (a zip bomb).</source>
        <extracomment>An error message shown to a person (code board.zip_bomb). A zip bomb is a small file made to unpack to something huge, to fill a computer up. {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae'r ffeil {entry} yn dadbacio i lawer mwy nag y mae'n ei ddal (bom zip).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an .obz package (an .obz file is a zip file).</source>
        <extracomment>An error message shown to a person (code board.not_zip). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn becyn .obz (ffeil zip yw ffeil .obz).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has no manifest.json, so it is not an .obz package.</source>
        <extracomment>An error message shown to a person (code board.no_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: does dim manifest.json ynddo, felly dydy e ddim yn becyn .obz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: manifest.json is not an Open Board Format manifest.</source>
        <extracomment>An error message shown to a person (code board.not_a_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy manifest.json ddim yn faniffest Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the main board named in manifest.json ({entry}) is not in the package.</source>
        <extracomment>An error message shown to a person (code board.root_missing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy'r prif fwrdd a enwir yn manifest.json ({entry}) ddim yn y pecyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the board {board} named in manifest.json is not in the package.</source>
        <extracomment>An error message shown to a person (code board.listed_missing). {file}: a file name. {board}: the name of a board file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy'r bwrdd {board} a enwir yn manifest.json ddim yn y pecyn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds more than {limit} boards.</source>
        <extracomment>An error message shown to a person (code board.too_many_boards). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae ynddo fwy na {limit} bwrdd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_a_board). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy e ddim yn fwrdd Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a board has more than {limit} buttons.</source>
        <extracomment>An error message shown to a person (code board.too_many_buttons). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae gan fwrdd fwy na {limit} botwm.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an object.</source>
        <extracomment>An error message shown to a person (code board.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn wrthrych.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not true or false.</source>
        <extracomment>An error message shown to a person (code board.not_true_false). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn wir nac yn anwir.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the id of a button.</source>
        <extracomment>An error message shown to a person (code board.not_button_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: dydy {field} ddim yn id botwm.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is used by two buttons.</source>
        <extracomment>An error message shown to a person (code board.id_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd mewnforio {file}: mae dau fotwm yn defnyddio {field} {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Picture cards added from “{board_name}”: {count}.</source>
        <extracomment>An error message shown to a person (code board.cards_added). Not an error: said after a board of picture buttons was brought in. {board_name}: the name of a board (a page of picture buttons), as in the file. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cardiau lluniau wedi'u hychwanegu o “{board_name}”: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Of these, word cards (their words are their picture): {count}.</source>
        <extracomment>An error message shown to a person (code board.word_cards_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>O'r rhain, cardiau geiriau (eu geiriau yw eu llun): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cards already here, so not added again: {count}.</source>
        <extracomment>An error message shown to a person (code board.already_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cardiau sydd yma'n barod, felly heb eu hychwanegu eto: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Buttons left out: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out). Buttons on the board that did not become picture cards. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Botymau wedi'u gadael allan: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have no words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_no_words). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am nad oes ganddyn nhw eiriau: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they are hidden on the board: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_hidden). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am eu bod yn cuddio ar y bwrdd: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they control the board and are not words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_control). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am eu bod yn rheoli'r bwrdd ac nid yn eiriau: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have too many words for a card: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_too_long). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am fod ganddyn nhw ormod o eiriau i gerdyn: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is on the internet (it is never fetched): {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_online). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am fod eu llun ar y rhyngrwyd (dydy e byth yn cael ei nôl): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is an SVG drawing: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_svg). SVG is the name of a picture format: keep it as it is. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am fod eu llun yn ddarlun SVG: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is not in the file: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_missing). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am nad yw eu llun yn y ffeil: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture cannot be used: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_unusable). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Wedi'u gadael allan am nad oes modd defnyddio eu llun: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Sounds left out (CoProd Desktop does not use sounds): {count}.</source>
        <extracomment>An error message shown to a person (code board.sounds_left_out). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Seiniau wedi'u gadael allan (dydy CoProd Desktop ddim yn defnyddio seiniau): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards on the internet, not followed (CoProd Desktop makes no network calls): {count}.</source>
        <extracomment>An error message shown to a person (code board.links_online). A button on a board can open another board; this counts those not opened. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dolenni i fyrddau ar y rhyngrwyd, heb eu dilyn (dydy CoProd Desktop ddim yn cysylltu â'r rhwydwaith): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards that are not in this file, not followed: {count}.</source>
        <extracomment>An error message shown to a person (code board.links_not_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dolenni i fyrddau sydd ddim yn y ffeil hon, heb eu dilyn: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The PDF could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code pdf.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd cadw'r PDF fel {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The copy for screen readers could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code html.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nid oedd modd cadw'r copi ar gyfer darllenwyr sgrin fel {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not be read or written. What you typed is still on the screen.</source>
        <extracomment>An error message shown to a person (code database.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd darllen nac ysgrifennu cronfa ddata'r cyfarfodydd. Mae'r hyn a deipiwyd gennych yn dal ar y sgrin.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{path} is a folder, not a meeting database file.</source>
        <extracomment>An error message shown to a person (code database.is_folder). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ffolder yw {path}, nid ffeil cronfa ddata cyfarfodydd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot read {path}. {reason}</source>
        <extracomment>An error message shown to a person (code database.unreadable). {path}: a file's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd darllen {path}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.empty). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} yn wag: does dim cyfarfodydd ynddi. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.empty_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} yn wag: does dim cyfarfodydd ynddi. Cafodd ei gadael fel y mae. Mae copi wrth gefn ar gael: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is not a CoProd Desktop meeting database. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.not_a_database). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dydy {name} ddim yn gronfa ddata cyfarfodydd CoProd Desktop. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.damaged). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} wedi'i difrodi ac nid oes modd ei hagor. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.damaged_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} wedi'i difrodi ac nid oes modd ei hagor. Cafodd ei gadael fel y mae. Mae copi wrth gefn ar gael: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is a database from another program, not CoProd Desktop. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.other_program). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cronfa ddata o raglen arall yw {name}, nid CoProd Desktop. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop. Please update CoProd Desktop to open it. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.newer). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cafodd {name} ei chadw gan fersiwn mwy newydd o CoProd Desktop. Diweddarwch CoProd Desktop i'w hagor. Cafodd ei gadael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not switch to safe-write mode (WAL).</source>
        <extracomment>An error message shown to a person (code database.no_safe_mode). WAL is the name of a database setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd newid cronfa ddata'r cyfarfodydd i'r modd ysgrifennu diogel (WAL).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting database at {path}.</source>
        <extracomment>An error message shown to a person (code database.missing). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim cronfa ddata cyfarfodydd yn {path}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot create the folder {folder}. {reason}</source>
        <extracomment>An error message shown to a person (code database.folder_not_made). {folder}: a folder's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd creu'r ffolder {folder}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot write beside {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_write_beside). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd ysgrifennu wrth ymyl {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot open {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_open). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd agor {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already open in another CoProd Desktop window. Close that one first.</source>
        <extracomment>An error message shown to a person (code database.in_use). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {name} eisoes ar agor mewn ffenestr CoProd Desktop arall. Caewch honno yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} cannot be opened safely: the folder {folder} cannot be written to. Move the file to a folder you can write to, or ask for access to this one.</source>
        <extracomment>An error message shown to a person (code database.folder_not_writable). {name}: a person's name or a file name, as typed. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim modd agor {name} yn ddiogel: does dim modd ysgrifennu yn y ffolder {folder}. Symudwch y ffeil i ffolder y gallwch ysgrifennu ynddo, neu gofynnwch am fynediad i'r un hwn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by an older version of CoProd Desktop. Open it in CoProd Desktop once to bring it up to date, then try again.</source>
        <extracomment>An error message shown to a person (code database.older). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cafodd {name} ei chadw gan fersiwn hŷn o CoProd Desktop. Agorwch hi yn CoProd Desktop unwaith i'w diweddaru, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code database.disk_full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae'r ddisg yn llawn, felly ni chadwyd dim. Gwnewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is read-only, so nothing was saved.</source>
        <extracomment>An error message shown to a person (code database.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dim ond darllen sy'n bosibl yng nghronfa ddata'r cyfarfodydd, felly ni chadwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is busy in another program, so nothing was saved. Try again.</source>
        <extracomment>An error message shown to a person (code database.busy). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae cronfa ddata'r cyfarfodydd yn brysur mewn rhaglen arall, felly ni chadwyd dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was saved: the meeting database could not be written. Try again.</source>
        <extracomment>An error message shown to a person (code database.not_saved). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ni chadwyd dim: doedd dim modd ysgrifennu i gronfa ddata'r cyfarfodydd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop or by another program: its version number is not one this program knows. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.unknown_version). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Cafodd {name} ei gadw gan fersiwn mwy newydd o CoProd Desktop neu gan raglen arall: nid yw ei rif fersiwn yn un y mae'r rhaglen hon yn ei adnabod. Cafodd ei adael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file that held the latest changes to {name} (its -wal file) is gone. {name} was left as it is.</source>
        <extracomment>An error message shown to a person (code database.wal_lost). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Efallai bod rhai newidiadau diweddar ar goll: mae'r ffeil a oedd yn dal y newidiadau diweddaraf i {name} (ei ffeil -wal) wedi mynd. Cafodd {name} ei adael fel y mae.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file of latest changes beside {name} (its -wal file) does not belong to it. Both were left as they are.</source>
        <extracomment>An error message shown to a person (code database.wal_mismatch). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Efallai bod rhai newidiadau diweddar ar goll: nid yw'r ffeil newidiadau diweddaraf wrth ymyl {name} (ei ffeil -wal) yn perthyn iddo. Cafodd y ddwy eu gadael fel y maen nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} can only be read: changes to it cannot be saved.</source>
        <extracomment>An error message shown to a person (code database.read_only_file). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Dim ond darllen {name} sy'n bosib: nid oes modd cadw newidiadau iddo.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Whole-file check: no damage found.</source>
        <extracomment>An error message shown to a person (code check.integrity_ok). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Gwiriad y ffeil gyfan: dim difrod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}), the newest this program knows.</source>
        <extracomment>An error message shown to a person (code check.version). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Fersiwn: {number} ({migration}), y mwyaf newydd y mae'r rhaglen hon yn ei adnabod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}). Opening it in CoProd Desktop brings it up to date.</source>
        <extracomment>An error message shown to a person (code check.version_older). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Fersiwn: {number} ({migration}). Mae ei agor yn CoProd Desktop yn ei ddiweddaru.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Latest changes (the -wal file): in order.</source>
        <extracomment>An error message shown to a person (code check.log_ok). -wal is the end of a file's name: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Newidiadau diweddaraf (y ffeil -wal): mewn trefn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Newest good backup: {path} (saved {when}).</source>
        <extracomment>An error message shown to a person (code check.backup). {path}: a file's path. {when}: a date and time, such as 2026-11-26 14:05. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Y copi wrth gefn da diweddaraf: {path} (cadwyd {when}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No good backup was found.</source>
        <extracomment>An error message shown to a person (code check.no_backup). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ni chafwyd copi wrth gefn da.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All is well.</source>
        <extracomment>An error message shown to a person (code check.all_well). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae popeth yn iawn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has a problem (see above).</source>
        <extracomment>An error message shown to a person (code check.problem). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae problem gyda {name} (gweler uchod).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup of the meeting database did not check out as a whole copy, so it was deleted: {name} was not kept. Your meetings are unchanged. Try again.</source>
        <extracomment>An error message shown to a person (code backup.check_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nid oedd copi wrth gefn cronfa ddata'r cyfarfodydd yn gopi cyfan, felly cafodd ei ddileu: ni chadwyd {name}. Mae eich cyfarfodydd heb newid. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup {name} could not be saved. {reason} Your meetings are unchanged.</source>
        <extracomment>An error message shown to a person (code backup.not_saved). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nid oedd modd cadw'r copi wrth gefn {name}. {reason} Mae eich cyfarfodydd heb newid.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not a whole backup of a meeting database, so it was not used. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code backup.not_whole). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Nid yw {file} yn gopi wrth gefn cyfan o gronfa ddata cyfarfodydd, felly ni chafodd ei ddefnyddio. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already: a backup never replaces a file. Choose another name.</source>
        <extracomment>An error message shown to a person (code backup.exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae {file} yno'n barod: nid yw copi wrth gefn byth yn disodli ffeil. Dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The record could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code record.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Doedd dim modd cadw'r cofnod fel {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before today still hold their data until {date}. Backups: {count}.</source>
        <extracomment>An error message shown to a person (code erase.backups_hold). {date}: a date, such as 2027-12-01. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae copïau wrth gefn a wnaed cyn heddiw yn dal eu data tan {date}. Copïau wrth gefn: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before an upgrade also hold their data until you delete them: {count}.</source>
        <extracomment>An error message shown to a person (code erase.upgrade_backups_kept). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Mae copïau wrth gefn a wnaed cyn diweddaru hefyd yn dal eu data nes i chi eu dileu: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No backup holds their data.</source>
        <extracomment>An error message shown to a person (code erase.no_backups). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Does dim copi wrth gefn yn dal eu data.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was changed. Add --yes to erase or anonymise this person.</source>
        <extracomment>An error message shown to a person (code erase.not_confirmed). --yes is a command-line option: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Ni newidiwyd dim. Ychwanegwch --yes i ddileu'r person hwn neu i'w wneud yn ddienw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were erased from this laptop, with everything about them.</source>
        <extracomment>An error message shown to a person (code erase.erased). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Maen nhw wedi'u dileu o'r gliniadur hwn, gyda phopeth amdanyn nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were anonymised. What they said stays, credited as a former participant.</source>
        <extracomment>An error message shown to a person (code erase.anonymised). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>Maen nhw wedi'u gwneud yn ddienw. Mae beth ddywedon nhw'n aros, dan yr enw cyn-gyfranogwr.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Prompt</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Cwestiwn</translation>
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
        <translation>Geiriau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Cards</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Cardiau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Time</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Confirmed</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Wedi'i gadarnhau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Agreed by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Yn cytuno</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Supported by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>Gyda chefnogaeth</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>yes</source>
        <translation>ie</translation>
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
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Welsh</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Polish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Pwyleg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Arabic</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Arabeg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Urdu</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Wrdw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Punjabi</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Pwnjabeg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Bengali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Bengaleg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Gujarati</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Gwjarati</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Romanian</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Rwmaneg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Portuguese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Portiwgaleg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Spanish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Sbaeneg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>French</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Ffrangeg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Somali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Somalieg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Tamil</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Tamileg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Turkish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Tyrceg</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Chinese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>Tsieinëeg</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>orange</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>oren</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>sky blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>glas golau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>green</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>gwyrdd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>yellow</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>melyn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>glas</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>red</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>coch</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>purple</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>porffor</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>grey</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>llwyd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>circle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>cylch</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>square</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>sgwâr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>triangle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>triongl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>diamond</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>diemwnt</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>star</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>seren</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>hexagon</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>hecsagon</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>heart</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>calon</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>cross</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>croes</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{colour} {shape}, {initials}</source>
        <extracomment>a person's marker on printouts: its colour, its shape and their initials. Reorder as your language needs, e.g. "{shape}, colour {colour}, {initials}".</extracomment>
        <translation>{shape}, lliw {colour}, {initials}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../coprod_desktop/services/pdf_page.py"/>
        <source>Page {number} of {total}</source>
        <extracomment>the footer of every printed page.</extracomment>
        <translation>Tudalen {number} o {total}</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Take-home sheets for you</source>
        <translation>Taflenni i fynd adref i chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your words in reports</source>
        <translation>Eich geiriau mewn adroddiadau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photos of you</source>
        <translation>Lluniau ohonoch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Sharing your communication profile</source>
        <translation>Rhannu eich proffil cyfathrebu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How you are named</source>
        <translation>Sut rydyn ni'n eich enwi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>full name</source>
        <translation>enw llawn</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>first name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>initials</source>
        <translation>llythrennau cyntaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>a name you chose</source>
        <translation>enw o'ch dewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>not named</source>
        <translation>dim enw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>participant</source>
        <translation>cyfranogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>co-facilitator</source>
        <translation>cyd-hwylusydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>expert by experience</source>
        <translation>arbenigwr drwy brofiad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>supporter</source>
        <translation>cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>observer</source>
        <translation>sylwedydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>nothing chosen</source>
        <translation>dim wedi'i ddewis</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>payment</source>
        <translation>tâl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>voucher</source>
        <translation>taleb</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>as a volunteer</source>
        <translation>fel gwirfoddolwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>mileage</source>
        <translation>milltiroedd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>fare</source>
        <translation>tocyn teithio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>parking</source>
        <translation>parcio</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>care</source>
        <translation>gofal</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What we hold about you</source>
        <extracomment>the title of the document listing everything held about one person.</extracomment>
        <translation>Beth sydd gennym ni amdanoch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you can do</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>Beth allwch chi ei wneud</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to change anything here.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>Gallwch ofyn i ni newid unrhyw beth yma.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to delete it.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>Gallwch ofyn i ni ei ddileu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>About you</source>
        <extracomment>heading over a person's own details in their record.</extracomment>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your name: {name}</source>
        <extracomment>in a person's record; {name} is their full name as we keep it.</extracomment>
        <translation>Eich enw: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We added you on {date}.</source>
        <extracomment>in a person's record; {date} is when they were first added, in words.</extracomment>
        <translation>Gwnaethon ni eich ychwanegu ar {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading speed: {rate} words a minute.</source>
        <translation>Eich cyflymder darllen: {rate} gair y funud.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading volume: {volume} out of 100.</source>
        <extracomment>in a person's record; {volume} is a number from 0 to 100.</extracomment>
        <translation>Lefel y sain wrth ddarllen i chi: {volume} allan o 100.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How we thank you: {choice}</source>
        <extracomment>in a person's record; {choice} is payment, voucher, as a volunteer...</extracomment>
        <translation>Sut rydyn ni'n diolch i chi: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep your communication profile.</source>
        <extracomment>in a person's record: we keep notes on how they like to communicate.</extracomment>
        <translation>Rydyn ni'n cadw eich proffil cyfathrebu.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You like to be called {name}.</source>
        <translation>Yr enw rydych chi'n ei hoffi: {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Our notes about you:</source>
        <extracomment>in a person's record, before the facilitator's notes about them.</extracomment>
        <translation>Ein nodiadau amdanoch chi:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep this photo of you.</source>
        <translation>Rydyn ni'n cadw'r llun hwn ohonoch chi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your photo</source>
        <translation>Eich llun</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Picture cards with your photo: {count}</source>
        <extracomment>in a person's record; {count} is a number of picture cards.</extracomment>
        <translation>Cardiau llun gyda'ch llun chi: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your consent</source>
        <extracomment>heading over what a person agreed to, in their record.</extracomment>
        <translation>Eich caniatâd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>yes</source>
        <extracomment>the answer "yes" in a person's record ("Photos of you: yes").</extracomment>
        <translation>ie</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>no</source>
        <extracomment>the answer "no" in a person's record ("Photos of you: no").</extracomment>
        <translation>na</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you told us, and when:</source>
        <extracomment>in a person's record, over the list of every consent answer with its date.</extracomment>
        <translation>Beth ddywedoch chi wrthon ni, a phryd:</translation>
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
        <translation>Eich cyfarfodydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You are not in any meeting.</source>
        <extracomment>in a person's record, when they took part in no meeting.</extracomment>
        <translation>Dydych chi ddim mewn unrhyw gyfarfod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Date: {date}</source>
        <extracomment>in a person's record; {date} is a meeting's date in words.</extracomment>
        <translation>Dyddiad: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Place: {place}</source>
        <extracomment>in a person's record; {place} is where a meeting was held.</extracomment>
        <translation>Lle: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your role: {role}</source>
        <extracomment>in a person's record; {role} is participant, co-facilitator...</extracomment>
        <translation>Eich rôl: {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>The name you chose: {name}</source>
        <extracomment>in a person's record; {name} is the name they chose for a meeting.</extracomment>
        <translation>Yr enw a ddewisoch chi: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Time you gave: {time}</source>
        <extracomment>in a person's record; {time} is like "1 hour 30 minutes".</extracomment>
        <translation>Yr amser a roesoch chi: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Other people's ideas you agreed with: {count}</source>
        <translation>Syniadau pobl eraill roeddech chi'n cytuno â nhw: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You said “not now” to:</source>
        <extracomment>in a person's record, over the questions they said "not now" to.</extracomment>
        <translation>Dywedoch chi “dim nawr” i:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photo of another person</source>
        <extracomment>stands for a picture card that is a photo of someone else (not shown).</extracomment>
        <translation>Llun o berson arall</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions, in their record.</extracomment>
        <translation>Beth ddywedoch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We hold nothing you said.</source>
        <extracomment>in a person's record, when they have no contributions.</extracomment>
        <translation>Does gennym ni ddim byd a ddywedoch chi.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>In “{title}” on {date}:</source>
        <extracomment>above one of a person's contributions; {title} is the meeting, {date} the day.</extracomment>
        <translation>Yn “{title}” ar {date}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You took this back on {date}.</source>
        <translation>Gwnaethoch chi dynnu hyn yn ôl ar {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>✓ You said this is right.</source>
        <extracomment>under a contribution the person said was right.</extracomment>
        <translation>✓ Dywedoch chi fod hyn yn gywir.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Made with support from your {role}.</source>
        <extracomment>under a contribution made with help; {role} is supporter, advocate or interpreter.</extracomment>
        <translation>Wedi'i wneud gyda chymorth eich {role}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Question: {prompt}</source>
        <extracomment>under a contribution; {prompt} is the question it answered.</extracomment>
        <translation>Cwestiwn: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your expenses</source>
        <extracomment>heading over a person's expenses, in their record.</extracomment>
        <translation>Eich treuliau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{title}: {kind}, {miles} miles</source>
        <translation>{title}: {kind}, {miles} milltir</translation>
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
        <translation>cefnogwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>advocate</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>eiriolwr</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>interpreter</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>dehonglydd</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Someone no longer on the list</source>
        <extracomment>stands for a person who has since been taken off the meeting's list.</extracomment>
        <translation>Rhywun sydd ddim ar y rhestr bellach</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Not shared outside the room, as they asked.</source>
        <extracomment>in place of a person's words, when they asked that their words are not used outside the meeting.</extracomment>
        <translation>Heb ei rannu y tu allan i'r ystafell, fel y gofynnon nhw.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from {supporter} ({role}):</source>
        <extracomment>above a person's words, made with someone's help; {supporter} is the helper's name, {role} their role (supporter, advocate, interpreter).</extracomment>
        <translation>Dywedodd {name}, gyda chymorth gan {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from their {role}:</source>
        <extracomment>above a person's words, made with the help of someone not named.</extracomment>
        <translation>Dywedodd {name}, gyda chymorth gan eu {role}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said:</source>
        <extracomment>above a person's words; {name} is the name they chose to be credited by.</extracomment>
        <translation>Dywedodd {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from {supporter} ({role}):</source>
        <extracomment>above the picture cards a person chose with someone's help.</extracomment>
        <translation>Dewisodd {name} y lluniau hyn, gyda chymorth gan {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from their {role}:</source>
        <translation>Dewisodd {name} y lluniau hyn, gyda chymorth gan eu {role}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures:</source>
        <extracomment>above the picture cards a person chose, when they said no words.</extracomment>
        <translation>Dewisodd {name} y lluniau hyn:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ Wedi'i gadarnhau: dywedon nhw fod hyn yn gywir.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>Mae {name} yn cytuno.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: "Priya, Sam and Dot".</extracomment>
        <translation>{names} a {last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>Mae {names} yn cytuno.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What we decided</source>
        <extracomment>heading over the list of what the group decided in the meeting.</extracomment>
        <translation>Beth wnaethon ni benderfynu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What happens next</source>
        <extracomment>heading over the list of actions after the meeting.</extracomment>
        <translation>Beth sy'n digwydd nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Our next meeting</source>
        <extracomment>heading over when and where the group meets next (the facilitator's words).</extracomment>
        <translation>Ein cyfarfod nesaf</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Who to contact</source>
        <extracomment>heading over who to contact about the meeting, and how.</extracomment>
        <translation>Gyda phwy i gysylltu</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0.</source>
        <extracomment>credit for the OpenMoji pictures, as their licence asks. Keep "OpenMoji", "openmoji.org" and "CC BY-SA 4.0" as they are.</extracomment>
        <translation>Lluniau'r cardiau: OpenMoji – y prosiect emoji ac eiconau cod agored (openmoji.org). Trwydded: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>not given</source>
        <extracomment>in a picture's credit, for who made it or its licence when nobody said.</extracomment>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>“{label}”: {author}. Licence: {licence}.</source>
        <extracomment>credit for a picture someone brought: its label, who made it, its licence.</extracomment>
        <translation>“{label}”: {author}. Trwydded: {licence}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>About the pictures</source>
        <extracomment>heading over the credits for the pictures used.</extracomment>
        <translation>Am y lluniau</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Why we met: {purpose}</source>
        <extracomment>why the meeting was held; {purpose} is the facilitator's own short line.</extracomment>
        <translation>Pam wnaethon ni gwrdd: {purpose}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>What we talked about</source>
        <extracomment>heading over the list of questions the meeting talked about.</extracomment>
        <translation>Am beth wnaethon ni siarad</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Who took part</source>
        <translation>Pwy gymerodd ran</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody has been added to this meeting yet.</source>
        <translation>Does neb wedi cael ei ychwanegu at y cyfarfod hwn eto.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Other things people said</source>
        <extracomment>heading over what people said that was not an answer to a question.</extracomment>
        <translation>Pethau eraill a ddywedodd pobl</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Thank you to everyone who took part.</source>
        <extracomment>the last line of the group summary.</extracomment>
        <translation>Diolch i bawb a gymerodd ran.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Meeting summary</source>
        <extracomment>the PDF's subject, shown in a PDF reader's document properties.</extracomment>
        <translation>Crynodeb o'r cyfarfod</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody added anything here.</source>
        <extracomment>under a question nobody answered.</extracomment>
        <translation>Wnaeth neb ychwanegu dim byd yma.</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>Thank you, {name}.</source>
        <extracomment>the first line of a person's take-home sheet, in large type; {name} is the name they like to be called. (A name ending in a full stop, such as "T.N.", loses it here: "Thank you, T.N." rather than "T.N..".)</extracomment>
        <translation>Diolch, {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Thank you for coming.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>Diolch am ddod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You did not add anything this time. That is fine.</source>
        <extracomment>on the sheet of someone who took part without adding anything: kind, not a failure.</extracomment>
        <translation>Wnaethoch chi ddim ychwanegu dim byd y tro hwn. Mae hynny'n iawn.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Being there is taking part.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>Mae bod yno yn golygu cymryd rhan.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you agreed with</source>
        <extracomment>heading over what other people said that this person agreed with.</extracomment>
        <translation>Pethau roeddech chi'n cytuno â nhw</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your take-home sheet</source>
        <extracomment>the PDF's subject for one person's take-home sheet.</extracomment>
        <translation>Eich taflen i fynd adref</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date} at {place}.</source>
        <extracomment>the meeting in one line on a take-home sheet; {title} is the meeting's title.</extracomment>
        <translation>Daethoch chi i “{title}” ar {date}, {place}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date}.</source>
        <extracomment>the meeting in one line on a take-home sheet, when it has no place set.</extracomment>
        <translation>Daethoch chi i “{title}” ar {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions on their take-home sheet.</extracomment>
        <translation>Beth ddywedoch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Other things you said</source>
        <extracomment>heading over what a person said that was not an answer to a question.</extracomment>
        <translation>Pethau eraill a ddywedoch chi</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your words are in the group summary too.</source>
        <extracomment>on a person's take-home sheet, after their own words.</extracomment>
        <translation>Mae eich geiriau yn y crynodeb i'r grŵp hefyd.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} said: {words}</source>
        <translation>Dywedodd {name}: {words}</translation>
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
        <translation>Dewisodd {name} y lluniau: {pictures}.</translation>
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
        <translation>Dyma beth ddywedodd {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} did not add anything this time. Thank you for coming.</source>
        <extracomment>read aloud to someone who took part without adding anything.</extracomment>
        <translation>Wnaeth {name} ddim ychwanegu dim byd y tro hwn. Diolch am ddod.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>The question was: {question}</source>
        <translation>Y cwestiwn oedd: {question}</translation>
    </message>
</context>
</TS>
