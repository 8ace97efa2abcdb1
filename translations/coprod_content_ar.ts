<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Card</name>
    <message>
        <source>Very good</source>
        <extracomment>Picture card “feeling-very-good” in the group “Feelings”. English synonyms: brilliant, excellent, really good, fantastic, very happy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>جيد جدًا</translation>
    </message>
    <message>
        <source>Good</source>
        <extracomment>Picture card “feeling-good” in the group “Feelings”. English synonyms: fine, all right, nice, like it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Okay</source>
        <extracomment>Picture card “feeling-okay” in the group “Feelings”. English synonyms: ok, so-so, in between, not bad, average. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Not good</source>
        <extracomment>Picture card “feeling-not-good” in the group “Feelings”. English synonyms: bad, not nice, unhappy, don't like, disappointed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غير جيد</translation>
    </message>
    <message>
        <source>Very bad</source>
        <extracomment>Picture card “feeling-very-bad” in the group “Feelings”. English synonyms: awful, terrible, really bad, horrible, hate it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <source>Not sure</source>
        <extracomment>Picture card “feeling-not-sure” in the group “Feelings”. English synonyms: unsure, maybe, don't mind, thinking about it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غير متأكد</translation>
    </message>
    <message>
        <source>Don't want to say</source>
        <extracomment>Picture card “response-dont-want-to-say” in the group “Feelings”. English synonyms: rather not say, pass, skip, no comment, keep it to myself. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>لا أريد أن أقول</translation>
    </message>
    <message>
        <source>Happy</source>
        <extracomment>Picture card “feeling-happy” in the group “Feelings”. English synonyms: glad, pleased, cheerful, smile, joy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سعادة</translation>
    </message>
    <message>
        <source>Sad</source>
        <extracomment>Picture card “feeling-sad” in the group “Feelings”. English synonyms: unhappy, down, crying, tearful, low. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حزن</translation>
    </message>
    <message>
        <source>Angry</source>
        <extracomment>Picture card “feeling-angry” in the group “Feelings”. English synonyms: cross, mad, furious, annoyed, livid. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غضب</translation>
    </message>
    <message>
        <source>Scared</source>
        <extracomment>Picture card “feeling-scared” in the group “Feelings”. English synonyms: frightened, afraid, fear, terrified. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>خوف</translation>
    </message>
    <message>
        <source>Worried</source>
        <extracomment>Picture card “response-worried” in the group “Feelings”. English synonyms: anxious, worry, concerned, nervous about, anxiety. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>قلق</translation>
    </message>
    <message>
        <source>Calm</source>
        <extracomment>Picture card “feeling-calm” in the group “Feelings”. English synonyms: relaxed, peaceful, chilled, settled. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>هدوء</translation>
    </message>
    <message>
        <source>Excited</source>
        <extracomment>Picture card “feeling-excited” in the group “Feelings”. English synonyms: can't wait, thrilled, amazed, looking forward. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حماس</translation>
    </message>
    <message>
        <source>Funny</source>
        <extracomment>Picture card “feeling-funny” in the group “Feelings”. English synonyms: laugh, laughing, joke, hilarious. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مضحك</translation>
    </message>
    <message>
        <source>Loved</source>
        <extracomment>Picture card “feeling-loved” in the group “Feelings”. English synonyms: cared for, appreciated, special, cared about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>محبوب</translation>
    </message>
    <message>
        <source>Surprised</source>
        <extracomment>Picture card “feeling-surprised” in the group “Feelings”. English synonyms: shocked, wow, amazed, unexpected. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مفاجأة</translation>
    </message>
    <message>
        <source>Confused</source>
        <extracomment>Picture card “feeling-confused” in the group “Feelings”. English synonyms: don't understand, muddled, puzzled, lost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حيرة</translation>
    </message>
    <message>
        <source>Bored</source>
        <extracomment>Picture card “feeling-bored” in the group “Feelings”. English synonyms: boring, nothing to do, dull, same old. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ملل</translation>
    </message>
    <message>
        <source>Fed up</source>
        <extracomment>Picture card “feeling-fed-up” in the group “Feelings”. English synonyms: sick of it, had enough, annoyed, not again. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ضجر</translation>
    </message>
    <message>
        <source>Embarrassed</source>
        <extracomment>Picture card “feeling-embarrassed” in the group “Feelings”. English synonyms: shy, awkward, ashamed, red face. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>إحراج</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <extracomment>Picture card “feeling-frustrated” in the group “Feelings”. English synonyms: irritated, wound up, stuck, can't do it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>إحباط</translation>
    </message>
    <message>
        <source>Lonely</source>
        <extracomment>Picture card “feeling-lonely” in the group “Feelings”. English synonyms: alone, on my own, isolated, miss people, no one to talk to. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>وحدة</translation>
    </message>
    <message>
        <source>Nervous</source>
        <extracomment>Picture card “feeling-nervous” in the group “Feelings”. English synonyms: on edge, tense, jittery, butterflies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>توتر</translation>
    </message>
    <message>
        <source>Upset</source>
        <extracomment>Picture card “feeling-upset” in the group “Feelings”. English synonyms: very sad, crying, in tears, distressed, hurt. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>انزعاج</translation>
    </message>
    <message>
        <source>Stressed</source>
        <extracomment>Picture card “feeling-stressed” in the group “Feelings”. English synonyms: stress, under pressure, overwhelmed, too much. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ضغط نفسي</translation>
    </message>
    <message>
        <source>Heartbroken</source>
        <extracomment>Picture card “feeling-heartbroken” in the group “Feelings”. English synonyms: broken heart, grief, bereaved, loss, miss someone. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حسرة</translation>
    </message>
    <message>
        <source>Tired</source>
        <extracomment>Picture card “feeling-tired” in the group “Feelings”. English synonyms: sleepy, worn out, exhausted, yawn. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تعب</translation>
    </message>
    <message>
        <source>Pain</source>
        <extracomment>Picture card “feeling-pain” in the group “Feelings”. English synonyms: hurt, hurts, ache, sore, painful, injury. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ألم</translation>
    </message>
    <message>
        <source>Ill</source>
        <extracomment>Picture card “feeling-ill” in the group “Feelings”. English synonyms: poorly, unwell, sick, not well, under the weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مرض</translation>
    </message>
    <message>
        <source>Feel sick</source>
        <extracomment>Picture card “feeling-sick” in the group “Feelings”. English synonyms: nausea, queasy, sick feeling, upset stomach. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غثيان</translation>
    </message>
    <message>
        <source>Dizzy</source>
        <extracomment>Picture card “feeling-dizzy” in the group “Feelings”. English synonyms: light-headed, woozy, wobbly, faint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>دوخة</translation>
    </message>
    <message>
        <source>Hungry</source>
        <extracomment>Picture card “feeling-hungry” in the group “Feelings”. English synonyms: starving, peckish, want food, yummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>جوع</translation>
    </message>
    <message>
        <source>Hot</source>
        <extracomment>Picture card “feeling-hot” in the group “Feelings”. English synonyms: too hot, warm, sweaty, boiling. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حر</translation>
    </message>
    <message>
        <source>Cold</source>
        <extracomment>Picture card “feeling-cold” in the group “Feelings”. English synonyms: too cold, chilly, freezing, shivering. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>برد</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Picture card “response-yes” in the group “Responses”. English synonyms: yeah, yep, correct, yes please. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Picture card “response-no” in the group “Responses”. English synonyms: nope, wrong, not right, incorrect. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>Agree</source>
        <extracomment>Picture card “response-agree” in the group “Responses”. English synonyms: thumbs up, me too, I agree, yes to that, for it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>Disagree</source>
        <extracomment>Picture card “response-disagree” in the group “Responses”. English synonyms: thumbs down, don't agree, not for me, against. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>لا أوافق</translation>
    </message>
    <message>
        <source>Don't know</source>
        <extracomment>Picture card “response-dont-know” in the group “Responses”. English synonyms: no idea, not know, dunno, no clue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Idea</source>
        <extracomment>Picture card “response-idea” in the group “Responses”. English synonyms: suggestion, good idea, think of, what if. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>Picture card “response-question” in the group “Responses”. English synonyms: ask, asking, query, wondering, questions. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Picture card “response-stop” in the group “Responses”. English synonyms: enough, no more, halt, leave it. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Help</source>
        <extracomment>Picture card “response-help” in the group “Responses”. English synonyms: help me, support, need help, assistance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>My turn</source>
        <extracomment>Picture card “response-my-turn” in the group “Responses”. English synonyms: me next, can I say, I want to say, my go. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>دوري</translation>
    </message>
    <message>
        <source>Thank you</source>
        <extracomment>Picture card “response-thank-you” in the group “Responses”. English synonyms: thanks, please, grateful, cheers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شكرًا</translation>
    </message>
    <message>
        <source>Well done</source>
        <extracomment>Picture card “response-well-done” in the group “Responses”. English synonyms: clap, applause, good job, brilliant. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أحسنت</translation>
    </message>
    <message>
        <source>Great</source>
        <extracomment>Picture card “response-great” in the group “Responses”. English synonyms: star, excellent, amazing, the best. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رائع</translation>
    </message>
    <message>
        <source>Love</source>
        <extracomment>Picture card “response-love” in the group “Responses”. English synonyms: love it, really like, favourite, lovely, adore. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حب</translation>
    </message>
    <message>
        <source>Hello</source>
        <extracomment>Picture card “response-hello” in the group “Responses”. English synonyms: hi, goodbye, bye, wave, see you. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Sorry</source>
        <extracomment>Picture card “response-sorry” in the group “Responses”. English synonyms: apologise, apology, my fault, forgive. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>آسف</translation>
    </message>
    <message>
        <source>Important</source>
        <extracomment>Picture card “response-important” in the group “Responses”. English synonyms: matters, really important, priority, key point. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مهم</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>Picture card “response-more” in the group “Responses”. English synonyms: extra, increase, more please, another. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>Picture card “response-less” in the group “Responses”. English synonyms: fewer, not so much, reduce, smaller. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أقل</translation>
    </message>
    <message>
        <source>Break</source>
        <extracomment>Picture card “response-break” in the group “Responses”. English synonyms: rest, pause, cup of tea, time out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>Picture card “people-me” in the group “People”. English synonyms: myself, mine, my own. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أنا</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Picture card “people-you” in the group “People”. English synonyms: yourself, your turn, you too. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Family</source>
        <extracomment>Picture card “topic-family” in the group “People”. English synonyms: relatives, parents, children, home life, next of kin. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عائلة</translation>
    </message>
    <message>
        <source>Mum</source>
        <extracomment>Picture card “people-mum” in the group “People”. English synonyms: mother, mam, mom, mummy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أم</translation>
    </message>
    <message>
        <source>Dad</source>
        <extracomment>Picture card “people-dad” in the group “People”. English synonyms: father, daddy, papa, dads. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أب</translation>
    </message>
    <message>
        <source>Partner</source>
        <extracomment>Picture card “people-partner” in the group “People”. English synonyms: boyfriend, girlfriend, husband, wife, couple. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شريك الحياة</translation>
    </message>
    <message>
        <source>Friends</source>
        <extracomment>Picture card “topic-friends” in the group “People”. English synonyms: friend, mate, pal, buddy, hug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أصدقاء</translation>
    </message>
    <message>
        <source>Man</source>
        <extracomment>Picture card “people-man” in the group “People”. English synonyms: men, gentleman, male, bloke. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Woman</source>
        <extracomment>Picture card “people-woman” in the group “People”. English synonyms: women, lady, female, ladies. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Picture card “people-children” in the group “People”. English synonyms: child, kids, kid, young people, son, daughter. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>Baby</source>
        <extracomment>Picture card “people-baby” in the group “People”. English synonyms: babies, newborn, infant, little one. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رضيع</translation>
    </message>
    <message>
        <source>Older person</source>
        <extracomment>Picture card “people-older-person” in the group “People”. English synonyms: old, elderly, grandparent, nan, grandad. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كبير السن</translation>
    </message>
    <message>
        <source>Group</source>
        <extracomment>Picture card “people-group” in the group “People”. English synonyms: everyone, team, all of us, together, groups. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Someone</source>
        <extracomment>Picture card “people-someone” in the group “People”. English synonyms: somebody, a person, stranger, someone else. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>Picture card “topic-staff” in the group “People”. English synonyms: worker, name badge, employee, manager, team member. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Carer</source>
        <extracomment>Picture card “topic-carer” in the group “People”. English synonyms: support worker, care worker, personal assistant, helper, PA. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مقدم الرعاية</translation>
    </message>
    <message>
        <source>Doctor</source>
        <extracomment>Picture card “topic-doctor” in the group “People”. English synonyms: doctors, health worker, consultant, medic. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Nurse</source>
        <extracomment>Picture card “topic-nurse” in the group “People”. English synonyms: nurses, district nurse, community nurse, matron. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ممرضة</translation>
    </message>
    <message>
        <source>Social worker</source>
        <extracomment>Picture card “people-social-worker” in the group “People”. English synonyms: social services, case worker, care manager, assessment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أخصائي اجتماعي</translation>
    </message>
    <message>
        <source>Teacher</source>
        <extracomment>Picture card “people-teacher” in the group “People”. English synonyms: tutor, lecturer, trainer, teaching. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>معلم</translation>
    </message>
    <message>
        <source>Student</source>
        <extracomment>Picture card “people-student” in the group “People”. English synonyms: learner, pupil, graduate, studying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Researcher</source>
        <extracomment>Picture card “people-researcher” in the group “People”. English synonyms: research, scientist, university, study. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>باحث</translation>
    </message>
    <message>
        <source>Cook</source>
        <extracomment>Picture card “people-cook” in the group “People”. English synonyms: chef, kitchen staff, catering, cooks. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طباخ</translation>
    </message>
    <message>
        <source>Police</source>
        <extracomment>Picture card “people-police” in the group “People”. English synonyms: police officer, policeman, policewoman, PCSO, copper. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شرطة</translation>
    </message>
    <message>
        <source>Firefighter</source>
        <extracomment>Picture card “people-firefighter” in the group “People”. English synonyms: fireman, fire brigade, fire service, firefighters. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رجل إطفاء</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Picture card “topic-home” in the group “Places”. English synonyms: house, my home, where I live, flat, at home. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>البيت</translation>
    </message>
    <message>
        <source>Day centre</source>
        <extracomment>Picture card “places-day-centre” in the group “Places”. English synonyms: day service, centre, club, drop-in, resource centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>المركز النهاري</translation>
    </message>
    <message>
        <source>Hospital</source>
        <extracomment>Picture card “topic-hospital” in the group “Places”. English synonyms: ward, A and E, clinic, outpatients, hospitals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مستشفى</translation>
    </message>
    <message>
        <source>GP</source>
        <extracomment>Picture card “places-gp” in the group “Places”. English synonyms: doctor's surgery, surgery, doctor, health centre, family doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طبيب العائلة</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <extracomment>Picture card “places-pharmacy” in the group “Places”. English synonyms: chemist, chemist's, pharmacist, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>صيدلية</translation>
    </message>
    <message>
        <source>Office</source>
        <extracomment>Picture card “places-office” in the group “Places”. English synonyms: offices, building, workplace, reception. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مكتب</translation>
    </message>
    <message>
        <source>Council</source>
        <extracomment>Picture card “places-council” in the group “Places”. English synonyms: town hall, local authority, government, civic centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Picture card “places-community” in the group “Places”. English synonyms: neighbourhood, local area, neighbours, estate, local community. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>المجتمع</translation>
    </message>
    <message>
        <source>Town</source>
        <extracomment>Picture card “places-town” in the group “Places”. English synonyms: town centre, city, high street, city centre. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Park</source>
        <extracomment>Picture card “places-park” in the group “Places”. English synonyms: outside, outdoors, trees, green space, nature. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حديقة</translation>
    </message>
    <message>
        <source>Shop</source>
        <extracomment>Picture card “places-shop” in the group “Places”. English synonyms: shops, supermarket, corner shop, store. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>محل</translation>
    </message>
    <message>
        <source>Cafe</source>
        <extracomment>Picture card “places-cafe” in the group “Places”. English synonyms: coffee shop, canteen, tea room, cafes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مقهى</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <extracomment>Picture card “places-restaurant” in the group “Places”. English synonyms: eating out, meal out, dinner out, takeaway. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مطعم</translation>
    </message>
    <message>
        <source>Pub</source>
        <extracomment>Picture card “places-pub” in the group “Places”. English synonyms: bar, beer garden, social club, drinks out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حانة</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Picture card “places-library” in the group “Places”. English synonyms: libraries, borrow books, books, reading room. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مكتبة</translation>
    </message>
    <message>
        <source>Cinema</source>
        <extracomment>Picture card “places-cinema” in the group “Places”. English synonyms: films, film, movie, movies, pictures. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سينما</translation>
    </message>
    <message>
        <source>Gym</source>
        <extracomment>Picture card “places-gym” in the group “Places”. English synonyms: fitness, weights, leisure centre, work out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>نادي رياضي</translation>
    </message>
    <message>
        <source>Church</source>
        <extracomment>Picture card “places-church” in the group “Places”. English synonyms: chapel, religion, Christian, service. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كنيسة</translation>
    </message>
    <message>
        <source>Mosque</source>
        <extracomment>Picture card “places-mosque” in the group “Places”. English synonyms: masjid, Muslim, Islam, prayers. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مسجد</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <extracomment>Picture card “places-worship” in the group “Places”. English synonyms: worship, faith, pray, prayer, temple, synagogue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مكان عبادة</translation>
    </message>
    <message>
        <source>Bank</source>
        <extracomment>Picture card “places-bank” in the group “Places”. English synonyms: banks, building society, cash machine, cashpoint. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بنك</translation>
    </message>
    <message>
        <source>Hairdresser</source>
        <extracomment>Picture card “places-hairdresser” in the group “Places”. English synonyms: haircut, barber, hair, salon. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>صالون الشعر</translation>
    </message>
    <message>
        <source>Bedroom</source>
        <extracomment>Picture card “places-bedroom” in the group “Places”. English synonyms: bed, my room, room, bedrooms. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غرفة النوم</translation>
    </message>
    <message>
        <source>Living room</source>
        <extracomment>Picture card “places-living-room” in the group “Places”. English synonyms: lounge, sitting room, sofa, settee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غرفة الجلوس</translation>
    </message>
    <message>
        <source>Lift</source>
        <extracomment>Picture card “places-lift” in the group “Places”. English synonyms: elevator, lifts, going up, going down. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مصعد</translation>
    </message>
    <message>
        <source>Stairs</source>
        <extracomment>Picture card “places-stairs” in the group “Places”. English synonyms: steps, staircase, upstairs, downstairs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>درج</translation>
    </message>
    <message>
        <source>Transport</source>
        <extracomment>Picture card “topic-transport” in the group “Places”. English synonyms: travel, getting there, journey, coach, getting about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>المواصلات</translation>
    </message>
    <message>
        <source>Bus</source>
        <extracomment>Picture card “places-bus” in the group “Places”. English synonyms: buses, bus ride, public transport, double decker. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حافلة</translation>
    </message>
    <message>
        <source>Bus stop</source>
        <extracomment>Picture card “places-bus-stop” in the group “Places”. English synonyms: bus station, waiting for the bus, bus shelter, bus timetable. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>موقف الحافلة</translation>
    </message>
    <message>
        <source>Minibus</source>
        <extracomment>Picture card “places-minibus” in the group “Places”. English synonyms: van, community transport, ring and ride, dial a ride. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حافلة صغيرة</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Picture card “places-train” in the group “Places”. English synonyms: trains, railway, station, tram. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Taxi</source>
        <extracomment>Picture card “places-taxi” in the group “Places”. English synonyms: cab, taxis, minicab, uber. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تاكسي</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Picture card “places-car” in the group “Places”. English synonyms: cars, driving, drive, lift in a car. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سيارة</translation>
    </message>
    <message>
        <source>Bike</source>
        <extracomment>Picture card “places-bike” in the group “Places”. English synonyms: bicycle, cycling, cycle, ride a bike. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>دراجة</translation>
    </message>
    <message>
        <source>Plane</source>
        <extracomment>Picture card “places-plane” in the group “Places”. English synonyms: aeroplane, flying, flight, airport. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طائرة</translation>
    </message>
    <message>
        <source>Food</source>
        <extracomment>Picture card “topic-food” in the group “Daily life”. English synonyms: eat, eating, meal, meals, dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طعام</translation>
    </message>
    <message>
        <source>Drink</source>
        <extracomment>Picture card “topic-drink” in the group “Daily life”. English synonyms: drinks, drinking, thirsty, cup. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شراب</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <extracomment>Picture card “daily-breakfast” in the group “Daily life”. English synonyms: cereal, porridge, morning meal, brekkie. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فطور</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Picture card “daily-lunch” in the group “Daily life”. English synonyms: sandwich, sandwiches, dinner time, packed lunch, midday meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غداء</translation>
    </message>
    <message>
        <source>Evening meal</source>
        <extracomment>Picture card “daily-evening-meal” in the group “Daily life”. English synonyms: supper, dinner, hot meal, stew, teatime meal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عشاء</translation>
    </message>
    <message>
        <source>Cooking</source>
        <extracomment>Picture card “daily-cooking” in the group “Daily life”. English synonyms: kitchen, make food, fry, baking, make dinner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طبخ</translation>
    </message>
    <message>
        <source>Fruit</source>
        <extracomment>Picture card “daily-fruit” in the group “Daily life”. English synonyms: apple, apples, banana, orange, five a day. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فاكهة</translation>
    </message>
    <message>
        <source>Vegetables</source>
        <extracomment>Picture card “daily-vegetables” in the group “Daily life”. English synonyms: veg, veggies, carrot, carrots, greens. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>خضار</translation>
    </message>
    <message>
        <source>Sweets</source>
        <extracomment>Picture card “daily-sweets” in the group “Daily life”. English synonyms: sweet, chocolate, treats, candy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حلويات</translation>
    </message>
    <message>
        <source>Cake</source>
        <extracomment>Picture card “daily-cake” in the group “Daily life”. English synonyms: cakes, biscuits, pudding, dessert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كعك</translation>
    </message>
    <message>
        <source>Pizza</source>
        <extracomment>Picture card “daily-pizza” in the group “Daily life”. English synonyms: pizzas, takeaway, fast food, slice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بيتزا</translation>
    </message>
    <message>
        <source>Chips</source>
        <extracomment>Picture card “daily-chips” in the group “Daily life”. English synonyms: fries, fish and chips, chippy, crisps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بطاطا مقلية</translation>
    </message>
    <message>
        <source>Tea</source>
        <extracomment>Picture card “daily-tea” in the group “Daily life”. English synonyms: cuppa, cup of tea, teapot, brew, coffee. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شاي</translation>
    </message>
    <message>
        <source>Water</source>
        <extracomment>Picture card “daily-water” in the group “Daily life”. English synonyms: glass of water, tap water, thirsty, drink of water. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ماء</translation>
    </message>
    <message>
        <source>Juice</source>
        <extracomment>Picture card “daily-juice” in the group “Daily life”. English synonyms: orange juice, squash, fruit juice, pop. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عصير</translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>Picture card “topic-money” in the group “Daily life”. English synonyms: cash, pounds, pay, payment, cost. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مال</translation>
    </message>
    <message>
        <source>Bank card</source>
        <extracomment>Picture card “daily-bank-card” in the group “Daily life”. English synonyms: debit card, contactless, credit card, cash card. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بطاقة بنكية</translation>
    </message>
    <message>
        <source>Bills</source>
        <extracomment>Picture card “daily-bills” in the group “Daily life”. English synonyms: bill, receipt, rent, council tax, paying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فواتير</translation>
    </message>
    <message>
        <source>Purse</source>
        <extracomment>Picture card “daily-purse” in the group “Daily life”. English synonyms: wallet, my money, pocket money, spending money. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>محفظة</translation>
    </message>
    <message>
        <source>Shopping</source>
        <extracomment>Picture card “topic-shopping” in the group “Daily life”. English synonyms: trolley, groceries, buy, buying, go shopping. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تسوق</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>Picture card “topic-work” in the group “Daily life”. English synonyms: job, working, employment, volunteering, paid work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عمل</translation>
    </message>
    <message>
        <source>College</source>
        <extracomment>Picture card “topic-college” in the group “Daily life”. English synonyms: school, university, class, course, learning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كلية</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Picture card “topic-phone” in the group “Daily life”. English synonyms: mobile, mobile phone, phone call, text, ring. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Computer</source>
        <extracomment>Picture card “daily-computer” in the group “Daily life”. English synonyms: laptop, PC, online, zoom, video call. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كمبيوتر</translation>
    </message>
    <message>
        <source>Tablet</source>
        <extracomment>Picture card “daily-tablet” in the group “Daily life”. English synonyms: iPad, tablet computer, screen, device. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>جهاز لوحي</translation>
    </message>
    <message>
        <source>Internet</source>
        <extracomment>Picture card “daily-internet” in the group “Daily life”. English synonyms: online, website, web, wifi, Google. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>إنترنت</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>Picture card “daily-email” in the group “Daily life”. English synonyms: emails, e-mail, inbox, message. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Letter</source>
        <extracomment>Picture card “daily-letter” in the group “Daily life”. English synonyms: letters, post, envelope, mail. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>TV</source>
        <extracomment>Picture card “daily-tv” in the group “Daily life”. English synonyms: television, telly, watch TV, programmes, soaps. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تلفزيون</translation>
    </message>
    <message>
        <source>Radio</source>
        <extracomment>Picture card “daily-radio” in the group “Daily life”. English synonyms: listen to the radio, podcast, wireless, radio station. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>راديو</translation>
    </message>
    <message>
        <source>Sleep</source>
        <extracomment>Picture card “topic-sleep” in the group “Daily life”. English synonyms: sleeping, bed, asleep, nap, go to bed. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Washing</source>
        <extracomment>Picture card “topic-washing” in the group “Daily life”. English synonyms: wash, shower, showering, personal care, clean. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>اغتسال</translation>
    </message>
    <message>
        <source>Bath</source>
        <extracomment>Picture card “daily-bath” in the group “Daily life”. English synonyms: bathroom, bathing, bath time, have a bath. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حمّام</translation>
    </message>
    <message>
        <source>Brush teeth</source>
        <extracomment>Picture card “daily-brush-teeth” in the group “Daily life”. English synonyms: toothbrush, teeth cleaning, brushing teeth, toothpaste. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تفريش الأسنان</translation>
    </message>
    <message>
        <source>Toilet</source>
        <extracomment>Picture card “topic-toilet” in the group “Daily life”. English synonyms: loo, bathroom, toilets, wee, poo. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>المرحاض</translation>
    </message>
    <message>
        <source>Clothes</source>
        <extracomment>Picture card “daily-clothes” in the group “Daily life”. English synonyms: clothing, get dressed, dressing, outfit, wear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ملابس</translation>
    </message>
    <message>
        <source>Shoes</source>
        <extracomment>Picture card “daily-shoes” in the group “Daily life”. English synonyms: trainers, shoe, footwear, boots. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أحذية</translation>
    </message>
    <message>
        <source>Laundry</source>
        <extracomment>Picture card “daily-laundry” in the group “Daily life”. English synonyms: washing machine, washing clothes, ironing, clean clothes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غسيل الملابس</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <extracomment>Picture card “daily-cleaning” in the group “Daily life”. English synonyms: tidy, tidying, housework, hoover, sweep. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تنظيف</translation>
    </message>
    <message>
        <source>Keys</source>
        <extracomment>Picture card “daily-keys” in the group “Daily life”. English synonyms: key, door key, lock up, house keys. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مفاتيح</translation>
    </message>
    <message>
        <source>Activities</source>
        <extracomment>Picture card “topic-activities” in the group “Daily life”. English synonyms: things to do, activity, hobby, hobbies, crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أنشطة</translation>
    </message>
    <message>
        <source>Art</source>
        <extracomment>Picture card “daily-art” in the group “Daily life”. English synonyms: painting, paint, drawing, draw, arts and crafts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فن</translation>
    </message>
    <message>
        <source>Music</source>
        <extracomment>Picture card “topic-music” in the group “Daily life”. English synonyms: songs, song, listen to music, band, concert. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>موسيقى</translation>
    </message>
    <message>
        <source>Singing</source>
        <extracomment>Picture card “daily-singing” in the group “Daily life”. English synonyms: sing, karaoke, choir, singer. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غناء</translation>
    </message>
    <message>
        <source>Dancing</source>
        <extracomment>Picture card “daily-dancing” in the group “Daily life”. English synonyms: dance, disco, dancer, party dance. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رقص</translation>
    </message>
    <message>
        <source>Reading</source>
        <extracomment>Picture card “daily-reading” in the group “Daily life”. English synonyms: read, book, story, magazine. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <extracomment>Picture card “daily-writing” in the group “Daily life”. English synonyms: write, writer, handwriting, pen. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كتابة</translation>
    </message>
    <message>
        <source>Games</source>
        <extracomment>Picture card “daily-games” in the group “Daily life”. English synonyms: board games, dice, bingo, card games, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ألعاب</translation>
    </message>
    <message>
        <source>Video games</source>
        <extracomment>Picture card “daily-video-games” in the group “Daily life”. English synonyms: computer games, gaming, PlayStation, Xbox, console. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ألعاب الفيديو</translation>
    </message>
    <message>
        <source>Puzzles</source>
        <extracomment>Picture card “daily-puzzles” in the group “Daily life”. English synonyms: jigsaw, puzzle, crossword, quiz. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ألغاز</translation>
    </message>
    <message>
        <source>Knitting</source>
        <extracomment>Picture card “daily-knitting” in the group “Daily life”. English synonyms: knit, wool, crochet, sewing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حياكة</translation>
    </message>
    <message>
        <source>Gardening</source>
        <extracomment>Picture card “daily-gardening” in the group “Daily life”. English synonyms: garden, gardener, plants, flowers, allotment. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>زراعة الحديقة</translation>
    </message>
    <message>
        <source>Fishing</source>
        <extracomment>Picture card “daily-fishing” in the group “Daily life”. English synonyms: fish, angling, fishing rod, go fishing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>صيد السمك</translation>
    </message>
    <message>
        <source>Bowling</source>
        <extracomment>Picture card “daily-bowling” in the group “Daily life”. English synonyms: ten pin bowling, bowls, skittles, bowling alley. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بولينغ</translation>
    </message>
    <message>
        <source>Pets</source>
        <extracomment>Picture card “daily-pets” in the group “Daily life”. English synonyms: dog, dogs, pet, cat, animals. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حيوانات أليفة</translation>
    </message>
    <message>
        <source>Sport</source>
        <extracomment>Picture card “topic-sport” in the group “Daily life”. English synonyms: football, sports, match, team sport, game. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رياضة</translation>
    </message>
    <message>
        <source>Swimming</source>
        <extracomment>Picture card “daily-swimming” in the group “Daily life”. English synonyms: swim, swimming pool, pool, swimming baths. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سباحة</translation>
    </message>
    <message>
        <source>Walking</source>
        <extracomment>Picture card “daily-walking” in the group “Daily life”. English synonyms: walk, go for a walk, on foot, stroll. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مشي</translation>
    </message>
    <message>
        <source>Exercise</source>
        <extracomment>Picture card “daily-exercise” in the group “Daily life”. English synonyms: running, run, keep fit, jogging, get active. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تمارين</translation>
    </message>
    <message>
        <source>Relax</source>
        <extracomment>Picture card “daily-relax” in the group “Daily life”. English synonyms: relaxing, yoga, meditation, chill out, mindfulness. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>استرخاء</translation>
    </message>
    <message>
        <source>Party</source>
        <extracomment>Picture card “daily-party” in the group “Daily life”. English synonyms: parties, celebration, disco night, party time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حفلة</translation>
    </message>
    <message>
        <source>Birthday</source>
        <extracomment>Picture card “daily-birthday” in the group “Daily life”. English synonyms: birthdays, birthday cake, my birthday, happy birthday. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عيد ميلاد</translation>
    </message>
    <message>
        <source>Christmas</source>
        <extracomment>Picture card “daily-christmas” in the group “Daily life”. English synonyms: Xmas, festive, Christmas tree, holidays. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عيد الميلاد المجيد</translation>
    </message>
    <message>
        <source>Present</source>
        <extracomment>Picture card “daily-present” in the group “Daily life”. English synonyms: gift, presents, gifts, wrapped present. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Day out</source>
        <extracomment>Picture card “daily-day-out” in the group “Daily life”. English synonyms: trip, excursion, day trip, going out, days out. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>نزهة</translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Picture card “topic-holiday” in the group “Daily life”. English synonyms: holidays, beach, seaside, going away, vacation. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عطلة</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>Picture card “topic-health” in the group “Health”. English synonyms: healthy, check-up, health check, stethoscope, wellbeing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>صحة</translation>
    </message>
    <message>
        <source>Medicines</source>
        <extracomment>Picture card “topic-medicines” in the group “Health”. English synonyms: medicine, tablets, pills, meds, prescription. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أدوية</translation>
    </message>
    <message>
        <source>Appointment</source>
        <extracomment>Picture card “health-appointment” in the group “Health”. English synonyms: appointments, booking, check-up, clinic appointment, see the doctor. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Mental health</source>
        <extracomment>Picture card “health-mental-health” in the group “Health”. English synonyms: mind, mental wellbeing, anxiety, depression, feelings. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <source>Headache</source>
        <extracomment>Picture card “health-headache” in the group “Health”. English synonyms: head hurts, migraine, sore head, head pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>صداع</translation>
    </message>
    <message>
        <source>Earache</source>
        <extracomment>Picture card “health-earache” in the group “Health”. English synonyms: ear pain, sore ear, ear infection, ear hurts. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ألم الأذن</translation>
    </message>
    <message>
        <source>Broken bone</source>
        <extracomment>Picture card “health-broken-bone” in the group “Health”. English synonyms: broken leg, broken arm, fracture, plaster cast. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كسر</translation>
    </message>
    <message>
        <source>Teeth</source>
        <extracomment>Picture card “health-teeth” in the group “Health”. English synonyms: tooth, dentist, toothache, dental. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أسنان</translation>
    </message>
    <message>
        <source>Heart</source>
        <extracomment>Picture card “health-heart” in the group “Health”. English synonyms: heart problem, heartbeat, blood pressure, chest pain. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>القلب</translation>
    </message>
    <message>
        <source>Breathing</source>
        <extracomment>Picture card “health-breathing” in the group “Health”. English synonyms: lungs, breath, asthma, short of breath, chest. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>التنفس</translation>
    </message>
    <message>
        <source>Temperature</source>
        <extracomment>Picture card “health-temperature” in the group “Health”. English synonyms: thermometer, fever, high temperature, hot and cold. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الحرارة</translation>
    </message>
    <message>
        <source>Cough</source>
        <extracomment>Picture card “health-cough” in the group “Health”. English synonyms: coughing, covid, chesty, sore throat. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سعال</translation>
    </message>
    <message>
        <source>Sneezing</source>
        <extracomment>Picture card “health-sneezing” in the group “Health”. English synonyms: sneeze, runny nose, flu, hay fever, tissue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عطس</translation>
    </message>
    <message>
        <source>Being sick</source>
        <extracomment>Picture card “health-being-sick” in the group “Health”. English synonyms: vomit, vomiting, throw up, throwing up, sick bug. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تقيؤ</translation>
    </message>
    <message>
        <source>Face mask</source>
        <extracomment>Picture card “health-mask” in the group “Health”. English synonyms: mask, masks, infection, germs. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كمامة</translation>
    </message>
    <message>
        <source>Wash hands</source>
        <extracomment>Picture card “health-wash-hands” in the group “Health”. English synonyms: hand washing, hygiene, soap, clean hands. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غسل اليدين</translation>
    </message>
    <message>
        <source>Injection</source>
        <extracomment>Picture card “health-injection” in the group “Health”. English synonyms: jab, vaccine, needle, vaccination, flu jab. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حقنة</translation>
    </message>
    <message>
        <source>Blood test</source>
        <extracomment>Picture card “health-blood-test” in the group “Health”. English synonyms: blood, blood sample, bleeding, blood tests. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تحليل دم</translation>
    </message>
    <message>
        <source>Plaster</source>
        <extracomment>Picture card “health-plaster” in the group “Health”. English synonyms: plasters, cut, wound, bandage, graze. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>لاصق طبي</translation>
    </message>
    <message>
        <source>X-ray</source>
        <extracomment>Picture card “health-x-ray” in the group “Health”. English synonyms: x-rays, scan, MRI, radiology. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أشعة</translation>
    </message>
    <message>
        <source>Weight</source>
        <extracomment>Picture card “health-weight” in the group “Health”. English synonyms: weigh, scales, weigh in, lose weight, BMI. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Healthy eating</source>
        <extracomment>Picture card “health-healthy-eating” in the group “Health”. English synonyms: salad, healthy food, diet, good food. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أكل صحي</translation>
    </message>
    <message>
        <source>Smoking</source>
        <extracomment>Picture card “health-smoking” in the group “Health”. English synonyms: smoke, cigarette, cigarettes, vaping, stop smoking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>التدخين</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <extracomment>Picture card “health-alcohol” in the group “Health”. English synonyms: beer, wine, drinking alcohol, booze, lager. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الكحول</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <extracomment>Picture card “health-pregnant” in the group “Health”. English synonyms: pregnancy, expecting, having a baby, bump. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Ambulance</source>
        <extracomment>Picture card “health-ambulance” in the group “Health”. English synonyms: paramedic, 999, paramedics, blue lights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>إسعاف</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <extracomment>Picture card “topic-wheelchair” in the group “Health”. English synonyms: wheelchair user, wheelchairs, mobility, push chair. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كرسي متحرك</translation>
    </message>
    <message>
        <source>Mobility scooter</source>
        <extracomment>Picture card “health-mobility-scooter” in the group “Health”. English synonyms: scooter, powered wheelchair, electric wheelchair, buggy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سكوتر كهربائي</translation>
    </message>
    <message>
        <source>Crutches</source>
        <extracomment>Picture card “health-crutches” in the group “Health”. English synonyms: crutch, walking aid, walking stick, walking frame. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عكازات</translation>
    </message>
    <message>
        <source>Hearing</source>
        <extracomment>Picture card “topic-hearing” in the group “Health”. English synonyms: hearing aid, ears, hard of hearing, hear, hearing loss. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>السمع</translation>
    </message>
    <message>
        <source>Deaf</source>
        <extracomment>Picture card “health-deaf” in the group “Health”. English synonyms: deafness, can't hear, sign language, BSL, deaf person. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أصم</translation>
    </message>
    <message>
        <source>Seeing</source>
        <extracomment>Picture card “topic-seeing” in the group “Health”. English synonyms: sight, eyes, eye, vision, eyesight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>البصر</translation>
    </message>
    <message>
        <source>Glasses</source>
        <extracomment>Picture card “health-glasses” in the group “Health”. English synonyms: spectacles, opticians, reading glasses, eye test. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>نظارات</translation>
    </message>
    <message>
        <source>Blind</source>
        <extracomment>Picture card “health-blind” in the group “Health”. English synonyms: sight loss, visually impaired, white cane, can't see, partially sighted. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كفيف</translation>
    </message>
    <message>
        <source>Guide dog</source>
        <extracomment>Picture card “health-guide-dog” in the group “Health”. English synonyms: assistance dog, guide dogs, dog, helper dog. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>كلب مرشد</translation>
    </message>
    <message>
        <source>Choice</source>
        <extracomment>Picture card “rights-choice” in the group “Rights and safety”. English synonyms: choose, choices, decide, decision, options. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Say no</source>
        <extracomment>Picture card “rights-say-no” in the group “Rights and safety”. English synonyms: refuse, no thank you, don't want, consent, my choice. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>قول لا</translation>
    </message>
    <message>
        <source>Rights</source>
        <extracomment>Picture card “rights-rights” in the group “Rights and safety”. English synonyms: my rights, fair, law, justice, human rights. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حقوق</translation>
    </message>
    <message>
        <source>Equal</source>
        <extracomment>Picture card “rights-equal” in the group “Rights and safety”. English synonyms: equality, equals, treated the same, equal rights, fair share. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مساواة</translation>
    </message>
    <message>
        <source>Speak up</source>
        <extracomment>Picture card “rights-speak-up” in the group “Rights and safety”. English synonyms: speak out, advocacy, advocate, have your say, self-advocacy. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>عبّر عن رأيك</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>Picture card “rights-complaint” in the group “Rights and safety”. English synonyms: complain, complaints, not happy, make a complaint, moan. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>Picture card “rights-information” in the group “Rights and safety”. English synonyms: info, find out, easy read, leaflet, tell me. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Private</source>
        <extracomment>Picture card “rights-private” in the group “Rights and safety”. English synonyms: privacy, secret, confidential, locked, personal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>خاص</translation>
    </message>
    <message>
        <source>Safe</source>
        <extracomment>Picture card “topic-safety” in the group “Rights and safety”. English synonyms: safety, feel safe, protected, keep safe, safeguarding. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>آمن</translation>
    </message>
    <message>
        <source>Not safe</source>
        <extracomment>Picture card “rights-unsafe” in the group “Rights and safety”. English synonyms: unsafe, danger, dangerous, risk, warning. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غير آمن</translation>
    </message>
    <message>
        <source>Hitting</source>
        <extracomment>Picture card “rights-hitting” in the group “Rights and safety”. English synonyms: hit, punch, violence, hurt me, abuse, bullying. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ضرب</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <extracomment>Picture card “rights-not-allowed” in the group “Rights and safety”. English synonyms: forbidden, banned, no entry, rule, must not. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ممنوع</translation>
    </message>
    <message>
        <source>Emergency</source>
        <extracomment>Picture card “rights-emergency” in the group “Rights and safety”. English synonyms: urgent, call 999, alarm, siren. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>طوارئ</translation>
    </message>
    <message>
        <source>Fire</source>
        <extracomment>Picture card “rights-fire” in the group “Rights and safety”. English synonyms: fire alarm, burning, smoke alarm, flames. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>حريق</translation>
    </message>
    <message>
        <source>Fire exit</source>
        <extracomment>Picture card “rights-fire-exit” in the group “Rights and safety”. English synonyms: emergency exit, way out, exit, escape. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>مخرج الطوارئ</translation>
    </message>
    <message>
        <source>Accessible</source>
        <extracomment>Picture card “rights-accessible” in the group “Rights and safety”. English synonyms: access, disabled access, accessibility, ramp, blue badge. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>سهل الوصول</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Picture card “topic-time” in the group “Time”. English synonyms: clock, what time, o'clock, hour, timing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Calendar</source>
        <extracomment>Picture card “topic-calendar” in the group “Time”. English synonyms: date, diary, month, dates, planner. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تقويم</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Picture card “time-today” in the group “Time”. English synonyms: this day, tonight, right now. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Picture card “time-tomorrow” in the group “Time”. English synonyms: next day, the day after, tomorrow morning, tomorrow night. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>Picture card “time-yesterday” in the group “Time”. English synonyms: the day before, last night, before, last time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>Picture card “time-morning” in the group “Time”. English synonyms: mornings, early, sunrise, first thing. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الصباح</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <extracomment>Picture card “time-afternoon” in the group “Time”. English synonyms: afternoons, midday, daytime, after lunch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <source>Evening</source>
        <extracomment>Picture card “time-evening” in the group “Time”. English synonyms: evenings, teatime, sunset, after tea. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>المساء</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Picture card “time-night” in the group “Time”. English synonyms: nights, night time, dark, bedtime, overnight. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الليل</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Picture card “time-week” in the group “Time”. English synonyms: weeks, weekly, this week, next week, weekend. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Soon</source>
        <extracomment>Picture card “time-soon” in the group “Time”. English synonyms: later, not yet, in a bit, shortly, future. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>قريبًا</translation>
    </message>
    <message>
        <source>Wait</source>
        <extracomment>Picture card “time-wait” in the group “Time”. English synonyms: waiting, hold on, hang on, waiting time, queue. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>انتظر</translation>
    </message>
    <message>
        <source>Wake up</source>
        <extracomment>Picture card “time-wake-up” in the group “Time”. English synonyms: alarm, alarm clock, get up, getting up. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الاستيقاظ</translation>
    </message>
    <message>
        <source>Spring</source>
        <extracomment>Picture card “time-spring” in the group “Time”. English synonyms: springtime, flowers, Easter, March. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الربيع</translation>
    </message>
    <message>
        <source>Summer</source>
        <extracomment>Picture card “time-summer” in the group “Time”. English synonyms: summertime, sunshine, ice cream, hot weather. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الصيف</translation>
    </message>
    <message>
        <source>Autumn</source>
        <extracomment>Picture card “time-autumn” in the group “Time”. English synonyms: fall, leaves, autumn leaves, October. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الخريف</translation>
    </message>
    <message>
        <source>Winter</source>
        <extracomment>Picture card “time-winter” in the group “Time”. English synonyms: snow, snowman, cold weather, wintertime. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الشتاء</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Picture card “meeting-start” in the group “Meeting”. English synonyms: begin, let's go, play, starting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>Picture card “meeting-finish” in the group “Meeting”. English synonyms: finished, end, done, all done, the end. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Talk</source>
        <extracomment>Picture card “meeting-talk” in the group “Meeting”. English synonyms: speak, tell, talking, speaking. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تكلم</translation>
    </message>
    <message>
        <source>Listen</source>
        <extracomment>Picture card “meeting-listen” in the group “Meeting”. English synonyms: hear, listening, pay attention, ear. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Look</source>
        <extracomment>Picture card “meeting-look” in the group “Meeting”. English synonyms: watch, looking, show me, have a look. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>انظر</translation>
    </message>
    <message>
        <source>Think</source>
        <extracomment>Picture card “meeting-think” in the group “Meeting”. English synonyms: thinking, remember, memory, thought, forget. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فكّر</translation>
    </message>
    <message>
        <source>Discuss</source>
        <extracomment>Picture card “meeting-discuss” in the group “Meeting”. English synonyms: discussion, chat, conversation, talk about. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ناقش</translation>
    </message>
    <message>
        <source>Work together</source>
        <extracomment>Picture card “meeting-work-together” in the group “Meeting”. English synonyms: teamwork, partnership, co-production, handshake, deal. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>العمل معًا</translation>
    </message>
    <message>
        <source>Vote</source>
        <extracomment>Picture card “meeting-vote” in the group “Meeting”. English synonyms: voting, ballot, election, decide together. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Results</source>
        <extracomment>Picture card “meeting-results” in the group “Meeting”. English synonyms: chart, scores, count, outcome. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Hand up</source>
        <extracomment>Picture card “meeting-hand-up” in the group “Meeting”. English synonyms: raise your hand, put your hand up, wait please, hand. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>ارفع يدك</translation>
    </message>
    <message>
        <source>Quiet please</source>
        <extracomment>Picture card “meeting-quiet” in the group “Meeting”. English synonyms: quiet, shh, too noisy, noise, be quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>الهدوء من فضلك</translation>
    </message>
    <message>
        <source>Louder</source>
        <extracomment>Picture card “meeting-louder” in the group “Meeting”. English synonyms: can't hear, speak up please, volume up, too quiet. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>بصوت أعلى</translation>
    </message>
    <message>
        <source>Slow down</source>
        <extracomment>Picture card “meeting-slow-down” in the group “Meeting”. English synonyms: slower, too fast, slowly, take your time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>على مهلك</translation>
    </message>
    <message>
        <source>Say again</source>
        <extracomment>Picture card “meeting-say-again” in the group “Meeting”. English synonyms: repeat, pardon, what did you say, one more time. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>أعد من فضلك</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Picture card “meeting-change” in the group “Meeting”. English synonyms: swap, different, changes, do it differently. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Picture card “meeting-next” in the group “Meeting”. English synonyms: move on, next one, forward, carry on. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Go back</source>
        <extracomment>Picture card “meeting-back” in the group “Meeting”. English synonyms: backwards, previous, last one, return. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Plan</source>
        <extracomment>Picture card “meeting-plan” in the group “Meeting”. English synonyms: agenda, list, plans, what's happening. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>خطة</translation>
    </message>
    <message>
        <source>Write it down</source>
        <extracomment>Picture card “meeting-write” in the group “Meeting”. English synonyms: notes, write down, minutes, take notes. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>اكتبه</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Picture card “meeting-rules” in the group “Meeting”. English synonyms: ground rules, agreement, rule, how we work. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Photos</source>
        <extracomment>Picture card “meeting-photos” in the group “Meeting”. English synonyms: photo, photograph, camera, picture, take a picture. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>صور</translation>
    </message>
    <message>
        <source>Video</source>
        <extracomment>Picture card “meeting-video” in the group “Meeting”. English synonyms: film, filming, recording, video camera. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Award</source>
        <extracomment>Picture card “meeting-award” in the group “Meeting”. English synonyms: certificate, medal, prize, thank you award. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>جائزة</translation>
    </message>
    <message>
        <source>Celebrate</source>
        <extracomment>Picture card “meeting-celebrate” in the group “Meeting”. English synonyms: hooray, yay, we did it, success. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>احتفل</translation>
    </message>
    <message>
        <source>Sit down</source>
        <extracomment>Picture card “meeting-sit-down” in the group “Meeting”. English synonyms: sit, chair, seat, sitting. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>اجلس</translation>
    </message>
    <message>
        <source>Stand up</source>
        <extracomment>Picture card “meeting-stand-up” in the group “Meeting”. English synonyms: stand, standing, get up, stretch. Translate the sense these show; keep it short, as it is printed under the picture.</extracomment>
        <translation>قف</translation>
    </message>
</context>
<context>
    <name>CardSynonyms</name>
    <message>
        <source>brilliant | excellent | really good | fantastic | very happy</source>
        <extracomment>Other words people use for the card “Very good” (feeling-very-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ممتاز | رائع | جيد جدا | سعيد جدًا | عظيم</translation>
    </message>
    <message>
        <source>fine | all right | nice | like it</source>
        <extracomment>Other words people use for the card “Good” (feeling-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بخير | لا بأس | لطيف | يعجبني | حلو</translation>
    </message>
    <message>
        <source>ok | so-so | in between | not bad | average</source>
        <extracomment>Other words people use for the card “Okay” (feeling-okay), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أوكي | عادي | بين بين | ليس سيئًا | متوسط</translation>
    </message>
    <message>
        <source>bad | not nice | unhappy | don't like | disappointed</source>
        <extracomment>Other words people use for the card “Not good” (feeling-not-good), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سيئ | مش حلو | غير سعيد | لا يعجبني | خيبة أمل</translation>
    </message>
    <message>
        <source>awful | terrible | really bad | horrible | hate it</source>
        <extracomment>Other words people use for the card “Very bad” (feeling-very-bad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فظيع | مريع | سيئ جدا | أكره ذلك</translation>
    </message>
    <message>
        <source>unsure | maybe | don't mind | thinking about it</source>
        <extracomment>Other words people use for the card “Not sure” (feeling-not-sure), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>لست متأكدًا | ربما | يمكن | لا يهمني | أفكر في الأمر</translation>
    </message>
    <message>
        <source>rather not say | pass | skip | no comment | keep it to myself</source>
        <extracomment>Other words people use for the card “Don't want to say” (response-dont-want-to-say), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أفضّل ألا أقول | تخطَّ | لا تعليق | أحتفظ به لنفسي</translation>
    </message>
    <message>
        <source>glad | pleased | cheerful | smile | joy</source>
        <extracomment>Other words people use for the card “Happy” (feeling-happy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سعيد | فرحان | مسرور | ابتسامة | فرح</translation>
    </message>
    <message>
        <source>unhappy | down | crying | tearful | low</source>
        <extracomment>Other words people use for the card “Sad” (feeling-sad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حزين | زعلان | بكاء | مكتئب | دموع</translation>
    </message>
    <message>
        <source>cross | mad | furious | annoyed | livid</source>
        <extracomment>Other words people use for the card “Angry” (feeling-angry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>غاضب | زعلان | معصب | منزعج | عصبية</translation>
    </message>
    <message>
        <source>frightened | afraid | fear | terrified</source>
        <extracomment>Other words people use for the card “Scared” (feeling-scared), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>خائف | مرعوب | فزع | خايف</translation>
    </message>
    <message>
        <source>anxious | worry | concerned | nervous about | anxiety</source>
        <extracomment>Other words people use for the card “Worried” (response-worried), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>قلقان | مهموم | متوتر | همّ | خوف من</translation>
    </message>
    <message>
        <source>relaxed | peaceful | chilled | settled</source>
        <extracomment>Other words people use for the card “Calm” (feeling-calm), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>هادئ | مرتاح | مطمئن | مستقر</translation>
    </message>
    <message>
        <source>can't wait | thrilled | amazed | looking forward</source>
        <extracomment>Other words people use for the card “Excited” (feeling-excited), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>متحمس | متشوق | لا أستطيع الانتظار | منبهر</translation>
    </message>
    <message>
        <source>laugh | laughing | joke | hilarious</source>
        <extracomment>Other words people use for the card “Funny” (feeling-funny), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ضحك | يضحك | نكتة | مزحة</translation>
    </message>
    <message>
        <source>cared for | appreciated | special | cared about</source>
        <extracomment>Other words people use for the card “Loved” (feeling-loved), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>محبة | أحد يهتم بي | مُقدَّر | مميز | اهتمام</translation>
    </message>
    <message>
        <source>shocked | wow | amazed | unexpected</source>
        <extracomment>Other words people use for the card “Surprised” (feeling-surprised), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>متفاجئ | مصدوم | واو | غير متوقع</translation>
    </message>
    <message>
        <source>don't understand | muddled | puzzled | lost</source>
        <extracomment>Other words people use for the card “Confused” (feeling-confused), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>محتار | لا أفهم | مشوش | تائه | مرتبك</translation>
    </message>
    <message>
        <source>boring | nothing to do | dull | same old</source>
        <extracomment>Other words people use for the card “Bored” (feeling-bored), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ملّان | زهقان | لا شيء أفعله | ممل</translation>
    </message>
    <message>
        <source>sick of it | had enough | annoyed | not again</source>
        <extracomment>Other words people use for the card “Fed up” (feeling-fed-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>طفح الكيل | تعبت من هذا | كفاية | مرة أخرى</translation>
    </message>
    <message>
        <source>shy | awkward | ashamed | red face</source>
        <extracomment>Other words people use for the card “Embarrassed” (feeling-embarrassed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>محرج | خجل | خجلان | وجه أحمر</translation>
    </message>
    <message>
        <source>irritated | wound up | stuck | can't do it</source>
        <extracomment>Other words people use for the card “Frustrated” (feeling-frustrated), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>محبط | متضايق | عالق | لا أقدر أن أفعلها</translation>
    </message>
    <message>
        <source>alone | on my own | isolated | miss people | no one to talk to</source>
        <extracomment>Other words people use for the card “Lonely” (feeling-lonely), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وحيد | لوحدي | معزول | أشتاق للناس | لا أحد أكلمه</translation>
    </message>
    <message>
        <source>on edge | tense | jittery | butterflies</source>
        <extracomment>Other words people use for the card “Nervous” (feeling-nervous), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>متوتر | عصبي | مشدود | قلقان</translation>
    </message>
    <message>
        <source>very sad | crying | in tears | distressed | hurt</source>
        <extracomment>Other words people use for the card “Upset” (feeling-upset), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>منزعج | حزين جدًا | بكاء | دموع | مجروح</translation>
    </message>
    <message>
        <source>stress | under pressure | overwhelmed | too much</source>
        <extracomment>Other words people use for the card “Stressed” (feeling-stressed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مضغوط | إجهاد | ستريس | كثير علي</translation>
    </message>
    <message>
        <source>broken heart | grief | bereaved | loss | miss someone</source>
        <extracomment>Other words people use for the card “Heartbroken” (feeling-heartbroken), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>قلب مكسور | حزن شديد | فقدان | حداد | اشتياق</translation>
    </message>
    <message>
        <source>sleepy | worn out | exhausted | yawn</source>
        <extracomment>Other words people use for the card “Tired” (feeling-tired), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تعبان | نعسان | منهك | تثاؤب | مرهق</translation>
    </message>
    <message>
        <source>hurt | hurts | ache | sore | painful | injury</source>
        <extracomment>Other words people use for the card “Pain” (feeling-pain), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يؤلمني | وجع | يوجعني | إصابة | موجوع</translation>
    </message>
    <message>
        <source>poorly | unwell | sick | not well | under the weather</source>
        <extracomment>Other words people use for the card “Ill” (feeling-ill), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مريض | تعبان | لست بخير | متوعك</translation>
    </message>
    <message>
        <source>nausea | queasy | sick feeling | upset stomach</source>
        <extracomment>Other words people use for the card “Feel sick” (feeling-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دوخة في المعدة | أريد أن أتقيأ | معدتي تقلب | لعيان</translation>
    </message>
    <message>
        <source>light-headed | woozy | wobbly | faint</source>
        <extracomment>Other words people use for the card “Dizzy” (feeling-dizzy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دايخ | دوار | رأسي يدور | إغماء</translation>
    </message>
    <message>
        <source>starving | peckish | want food | yummy</source>
        <extracomment>Other words people use for the card “Hungry” (feeling-hungry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>جوعان | جائع | أريد أكلًا | لذيذ</translation>
    </message>
    <message>
        <source>too hot | warm | sweaty | boiling</source>
        <extracomment>Other words people use for the card “Hot” (feeling-hot), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حار جدًا | دافئ | عرقان | حرّان</translation>
    </message>
    <message>
        <source>too cold | chilly | freezing | shivering</source>
        <extracomment>Other words people use for the card “Cold” (feeling-cold), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بردان | بارد جدًا | أرتجف | متجمد</translation>
    </message>
    <message>
        <source>yeah | yep | correct | yes please</source>
        <extracomment>Other words people use for the card “Yes” (response-yes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أيوه | آه | صحيح | نعم من فضلك | أجل</translation>
    </message>
    <message>
        <source>nope | wrong | not right | incorrect</source>
        <extracomment>Other words people use for the card “No” (response-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كلا | خطأ | غير صحيح | لأ</translation>
    </message>
    <message>
        <source>thumbs up | me too | I agree | yes to that | for it</source>
        <extracomment>Other words people use for the card “Agree” (response-agree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>موافق | أنا أيضًا | إبهام للأعلى | معه</translation>
    </message>
    <message>
        <source>thumbs down | don't agree | not for me | against</source>
        <extracomment>Other words people use for the card “Disagree” (response-disagree), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>غير موافق | إبهام للأسفل | ليس لي | ضده</translation>
    </message>
    <message>
        <source>no idea | not know | dunno | no clue</source>
        <extracomment>Other words people use for the card “Don't know” (response-dont-know), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ما بعرف | ليست لدي فكرة | لا أدري | مش عارف</translation>
    </message>
    <message>
        <source>suggestion | good idea | think of | what if</source>
        <extracomment>Other words people use for the card “Idea” (response-idea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>اقتراح | فكرة جيدة | أفكر في | ماذا لو</translation>
    </message>
    <message>
        <source>ask | asking | query | wondering | questions</source>
        <extracomment>Other words people use for the card “Question” (response-question), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أسأل | استفسار | أتساءل | أسئلة</translation>
    </message>
    <message>
        <source>enough | no more | halt | leave it</source>
        <extracomment>Other words people use for the card “Stop” (response-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كفى | قف | بس | يكفي</translation>
    </message>
    <message>
        <source>help me | support | need help | assistance</source>
        <extracomment>Other words people use for the card “Help” (response-help), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ساعدني | دعم | أحتاج مساعدة | النجدة</translation>
    </message>
    <message>
        <source>me next | can I say | I want to say | my go</source>
        <extracomment>Other words people use for the card “My turn” (response-my-turn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أنا التالي | هل أستطيع أن أقول | أريد أن أتكلم | دوري الآن</translation>
    </message>
    <message>
        <source>thanks | please | grateful | cheers</source>
        <extracomment>Other words people use for the card “Thank you” (response-thank-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>شكرا | من فضلك | ممنون | متشكر | مشكور</translation>
    </message>
    <message>
        <source>clap | applause | good job | brilliant</source>
        <extracomment>Other words people use for the card “Well done” (response-well-done), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تصفيق | عمل جيد | برافو | ممتاز</translation>
    </message>
    <message>
        <source>star | excellent | amazing | the best</source>
        <extracomment>Other words people use for the card “Great” (response-great), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نجمة | ممتاز | مذهل | الأفضل</translation>
    </message>
    <message>
        <source>love it | really like | favourite | lovely | adore</source>
        <extracomment>Other words people use for the card “Love” (response-love), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أحبه | أحب | المفضل | جميل | أعشق</translation>
    </message>
    <message>
        <source>hi | goodbye | bye | wave | see you</source>
        <extracomment>Other words people use for the card “Hello” (response-hello), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مرحبا | أهلًا | السلام عليكم | مع السلامة | وداعًا | أراك لاحقًا</translation>
    </message>
    <message>
        <source>apologise | apology | my fault | forgive</source>
        <extracomment>Other words people use for the card “Sorry” (response-sorry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أعتذر | اعتذار | غلطتي | سامحني | متأسف</translation>
    </message>
    <message>
        <source>matters | really important | priority | key point</source>
        <extracomment>Other words people use for the card “Important” (response-important), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مهم جدًا | أولوية | نقطة أساسية | ضروري</translation>
    </message>
    <message>
        <source>extra | increase | more please | another</source>
        <extracomment>Other words people use for the card “More” (response-more), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>زيادة | المزيد | أكثر من فضلك | كمان</translation>
    </message>
    <message>
        <source>fewer | not so much | reduce | smaller</source>
        <extracomment>Other words people use for the card “Less” (response-less), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أقل من فضلك | ليس كثيرًا | تقليل | أصغر</translation>
    </message>
    <message>
        <source>rest | pause | cup of tea | time out</source>
        <extracomment>Other words people use for the card “Break” (response-break), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>راحة | وقفة | كوب شاي | بريك</translation>
    </message>
    <message>
        <source>myself | mine | my own</source>
        <extracomment>Other words people use for the card “Me” (people-me), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نفسي | لي | ملكي</translation>
    </message>
    <message>
        <source>yourself | your turn | you too</source>
        <extracomment>Other words people use for the card “You” (people-you), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أنتِ | دورك | أنت أيضًا | حضرتك</translation>
    </message>
    <message>
        <source>relatives | parents | children | home life | next of kin</source>
        <extracomment>Other words people use for the card “Family” (topic-family), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أسرة | أقارب | أهل | والدين | أطفال</translation>
    </message>
    <message>
        <source>mother | mam | mom | mummy</source>
        <extracomment>Other words people use for the card “Mum” (people-mum), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ماما | والدة | أمي</translation>
    </message>
    <message>
        <source>father | daddy | papa | dads</source>
        <extracomment>Other words people use for the card “Dad” (people-dad), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بابا | والد | أبي</translation>
    </message>
    <message>
        <source>boyfriend | girlfriend | husband | wife | couple</source>
        <extracomment>Other words people use for the card “Partner” (people-partner), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>زوج | زوجة | خطيب | خطيبة | شريك</translation>
    </message>
    <message>
        <source>friend | mate | pal | buddy | hug</source>
        <extracomment>Other words people use for the card “Friends” (topic-friends), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صديق | صديقة | صاحب | رفيق | عناق</translation>
    </message>
    <message>
        <source>men | gentleman | male | bloke</source>
        <extracomment>Other words people use for the card “Man” (people-man), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رجال | سيد | ذكر | راجل</translation>
    </message>
    <message>
        <source>women | lady | female | ladies</source>
        <extracomment>Other words people use for the card “Woman” (people-woman), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نساء | سيدة | أنثى | ست</translation>
    </message>
    <message>
        <source>child | kids | kid | young people | son | daughter</source>
        <extracomment>Other words people use for the card “Children” (people-children), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>طفل | ولد | بنت | أولاد | شباب</translation>
    </message>
    <message>
        <source>babies | newborn | infant | little one</source>
        <extracomment>Other words people use for the card “Baby” (people-baby), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>طفل صغير | مولود | بيبي | رضّع</translation>
    </message>
    <message>
        <source>old | elderly | grandparent | nan | grandad</source>
        <extracomment>Other words people use for the card “Older person” (people-older-person), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مسن | عجوز | جد | جدة | كبار السن</translation>
    </message>
    <message>
        <source>everyone | team | all of us | together | groups</source>
        <extracomment>Other words people use for the card “Group” (people-group), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الجميع | فريق | كلنا | معًا | جماعة</translation>
    </message>
    <message>
        <source>somebody | a person | stranger | someone else</source>
        <extracomment>Other words people use for the card “Someone” (people-someone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أحد | شخص | غريب | شخص آخر</translation>
    </message>
    <message>
        <source>worker | name badge | employee | manager | team member</source>
        <extracomment>Other words people use for the card “Staff” (topic-staff), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>موظف | عامل | بطاقة الاسم | مدير | عضو الفريق</translation>
    </message>
    <message>
        <source>support worker | care worker | personal assistant | helper | PA</source>
        <extracomment>Other words people use for the card “Carer” (topic-carer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عامل رعاية | عامل دعم | مساعد شخصي | مساعد | مرافق</translation>
    </message>
    <message>
        <source>doctors | health worker | consultant | medic</source>
        <extracomment>Other words people use for the card “Doctor” (topic-doctor), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دكتور | أطباء | عامل صحي | استشاري</translation>
    </message>
    <message>
        <source>nurses | district nurse | community nurse | matron</source>
        <extracomment>Other words people use for the card “Nurse” (topic-nurse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ممرض | ممرضات | ممرضة منزلية | تمريض</translation>
    </message>
    <message>
        <source>social services | case worker | care manager | assessment</source>
        <extracomment>Other words people use for the card “Social worker” (people-social-worker), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الخدمات الاجتماعية | مدير الحالة | مدير الرعاية | تقييم</translation>
    </message>
    <message>
        <source>tutor | lecturer | trainer | teaching</source>
        <extracomment>Other words people use for the card “Teacher” (people-teacher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>معلمة | مدرس | أستاذ | مدرب | تعليم</translation>
    </message>
    <message>
        <source>learner | pupil | graduate | studying</source>
        <extracomment>Other words people use for the card “Student” (people-student), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>طالبة | تلميذ | متعلم | دراسة</translation>
    </message>
    <message>
        <source>research | scientist | university | study</source>
        <extracomment>Other words people use for the card “Researcher” (people-researcher), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بحث | عالم | جامعة | دراسة</translation>
    </message>
    <message>
        <source>chef | kitchen staff | catering | cooks</source>
        <extracomment>Other words people use for the card “Cook” (people-cook), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>طاهي | شيف | موظفو المطبخ | طبخ</translation>
    </message>
    <message>
        <source>police officer | policeman | policewoman | PCSO | copper</source>
        <extracomment>Other words people use for the card “Police” (people-police), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>شرطي | شرطية | بوليس | ضابط شرطة</translation>
    </message>
    <message>
        <source>fireman | fire brigade | fire service | firefighters</source>
        <extracomment>Other words people use for the card “Firefighter” (people-firefighter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الإطفاء | الدفاع المدني | إطفائي | رجال الإطفاء</translation>
    </message>
    <message>
        <source>house | my home | where I live | flat | at home</source>
        <extracomment>Other words people use for the card “Home” (topic-home), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بيت | منزل | بيتي | حيث أسكن | شقة</translation>
    </message>
    <message>
        <source>day service | centre | club | drop-in | resource centre</source>
        <extracomment>Other words people use for the card “Day centre” (places-day-centre), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مركز نهاري | مركز | نادي | مركز الخدمات | رعاية نهارية</translation>
    </message>
    <message>
        <source>ward | A and E | clinic | outpatients | hospitals</source>
        <extracomment>Other words people use for the card “Hospital” (topic-hospital), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>قسم | طوارئ | عيادة | عيادات خارجية | مستشفيات</translation>
    </message>
    <message>
        <source>doctor's surgery | surgery | doctor | health centre | family doctor</source>
        <extracomment>Other words people use for the card “GP” (places-gp), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عيادة | الطبيب العام | دكتور | مركز صحي | جي بي</translation>
    </message>
    <message>
        <source>chemist | chemist's | pharmacist | prescription</source>
        <extracomment>Other words people use for the card “Pharmacy” (places-pharmacy), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صيدلي | وصفة طبية | دواء | أجزخانة</translation>
    </message>
    <message>
        <source>offices | building | workplace | reception</source>
        <extracomment>Other words people use for the card “Office” (places-office), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مكاتب | مبنى | مكان العمل | استقبال</translation>
    </message>
    <message>
        <source>town hall | local authority | government | civic centre</source>
        <extracomment>Other words people use for the card “Council” (places-council), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>المجلس المحلي | الحكومة | السلطة المحلية | دار البلدية</translation>
    </message>
    <message>
        <source>neighbourhood | local area | neighbours | estate | local community</source>
        <extracomment>Other words people use for the card “Community” (places-community), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الحي | المنطقة | الجيران | المجتمع المحلي</translation>
    </message>
    <message>
        <source>town centre | city | high street | city centre</source>
        <extracomment>Other words people use for the card “Town” (places-town), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وسط المدينة | البلد | الشارع الرئيسي | السوق</translation>
    </message>
    <message>
        <source>outside | outdoors | trees | green space | nature</source>
        <extracomment>Other words people use for the card “Park” (places-park), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>منتزه | في الخارج | أشجار | طبيعة | مساحة خضراء</translation>
    </message>
    <message>
        <source>shops | supermarket | corner shop | store</source>
        <extracomment>Other words people use for the card “Shop” (places-shop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دكان | سوبرماركت | متجر | محلات</translation>
    </message>
    <message>
        <source>coffee shop | canteen | tea room | cafes</source>
        <extracomment>Other words people use for the card “Cafe” (places-cafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كافيه | قهوة | كافتيريا | مقاهي</translation>
    </message>
    <message>
        <source>eating out | meal out | dinner out | takeaway</source>
        <extracomment>Other words people use for the card “Restaurant” (places-restaurant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الأكل في الخارج | عشاء في الخارج | وجبة سفري | مطاعم</translation>
    </message>
    <message>
        <source>bar | beer garden | social club | drinks out</source>
        <extracomment>Other words people use for the card “Pub” (places-pub), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بار | نادي اجتماعي | مشروبات | بب</translation>
    </message>
    <message>
        <source>libraries | borrow books | books | reading room</source>
        <extracomment>Other words people use for the card “Library” (places-library), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كتب | استعارة كتب | قاعة القراءة | مكتبات</translation>
    </message>
    <message>
        <source>films | film | movie | movies | pictures</source>
        <extracomment>Other words people use for the card “Cinema” (places-cinema), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فيلم | أفلام | السينما</translation>
    </message>
    <message>
        <source>fitness | weights | leisure centre | work out</source>
        <extracomment>Other words people use for the card “Gym” (places-gym), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>جيم | لياقة | أثقال | مركز ترفيهي | تمارين</translation>
    </message>
    <message>
        <source>chapel | religion | Christian | service</source>
        <extracomment>Other words people use for the card “Church” (places-church), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مصلى | دين | مسيحي | قداس</translation>
    </message>
    <message>
        <source>masjid | Muslim | Islam | prayers</source>
        <extracomment>Other words people use for the card “Mosque” (places-mosque), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>جامع | مسلم | إسلام | صلاة</translation>
    </message>
    <message>
        <source>worship | faith | pray | prayer | temple | synagogue</source>
        <extracomment>Other words people use for the card “Place of worship” (places-worship), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عبادة | إيمان | يصلي | صلاة | معبد | كنيس</translation>
    </message>
    <message>
        <source>banks | building society | cash machine | cashpoint</source>
        <extracomment>Other words people use for the card “Bank” (places-bank), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مصرف | بنوك | صراف آلي | ماكينة نقود</translation>
    </message>
    <message>
        <source>haircut | barber | hair | salon</source>
        <extracomment>Other words people use for the card “Hairdresser” (places-hairdresser), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حلاق | قص الشعر | شعر | كوافير | صالون</translation>
    </message>
    <message>
        <source>bed | my room | room | bedrooms</source>
        <extracomment>Other words people use for the card “Bedroom” (places-bedroom), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سرير | غرفتي | غرفة | أوضة النوم</translation>
    </message>
    <message>
        <source>lounge | sitting room | sofa | settee</source>
        <extracomment>Other words people use for the card “Living room” (places-living-room), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الصالة | الصالون | كنبة | أريكة</translation>
    </message>
    <message>
        <source>elevator | lifts | going up | going down</source>
        <extracomment>Other words people use for the card “Lift” (places-lift), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أسانسير | مصاعد | صعود | نزول</translation>
    </message>
    <message>
        <source>steps | staircase | upstairs | downstairs</source>
        <extracomment>Other words people use for the card “Stairs” (places-stairs), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سلالم | سلم | الطابق العلوي | الطابق السفلي</translation>
    </message>
    <message>
        <source>travel | getting there | journey | coach | getting about</source>
        <extracomment>Other words people use for the card “Transport” (topic-transport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سفر | الوصول | رحلة | حافلة | تنقل</translation>
    </message>
    <message>
        <source>buses | bus ride | public transport | double decker</source>
        <extracomment>Other words people use for the card “Bus” (places-bus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>باص | أوتوبيس | حافلات | نقل عام | ركوب الباص</translation>
    </message>
    <message>
        <source>bus station | waiting for the bus | bus shelter | bus timetable</source>
        <extracomment>Other words people use for the card “Bus stop” (places-bus-stop), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>محطة الباص | انتظار الباص | مظلة الباص | جدول الباص</translation>
    </message>
    <message>
        <source>van | community transport | ring and ride | dial a ride</source>
        <extracomment>Other words people use for the card “Minibus” (places-minibus), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ميني باص | فان | نقل مجتمعي | توصيل</translation>
    </message>
    <message>
        <source>trains | railway | station | tram</source>
        <extracomment>Other words people use for the card “Train” (places-train), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>قطارات | سكة حديد | محطة | ترام</translation>
    </message>
    <message>
        <source>cab | taxis | minicab | uber</source>
        <extracomment>Other words people use for the card “Taxi” (places-taxi), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سيارة أجرة | أوبر | تكاسي</translation>
    </message>
    <message>
        <source>cars | driving | drive | lift in a car</source>
        <extracomment>Other words people use for the card “Car” (places-car), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سيارات | قيادة | يسوق | توصيلة بالسيارة</translation>
    </message>
    <message>
        <source>bicycle | cycling | cycle | ride a bike</source>
        <extracomment>Other words people use for the card “Bike” (places-bike), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دراجة هوائية | بسكليت | ركوب الدراجة | عجلة</translation>
    </message>
    <message>
        <source>aeroplane | flying | flight | airport</source>
        <extracomment>Other words people use for the card “Plane” (places-plane), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>طيران | رحلة جوية | مطار | طيارة</translation>
    </message>
    <message>
        <source>eat | eating | meal | meals | dinner</source>
        <extracomment>Other words people use for the card “Food” (topic-food), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أكل | يأكل | وجبة | وجبات | غداء</translation>
    </message>
    <message>
        <source>drinks | drinking | thirsty | cup</source>
        <extracomment>Other words people use for the card “Drink” (topic-drink), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مشروب | مشروبات | يشرب | عطشان | كوب</translation>
    </message>
    <message>
        <source>cereal | porridge | morning meal | brekkie</source>
        <extracomment>Other words people use for the card “Breakfast” (daily-breakfast), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>إفطار | حبوب الإفطار | شوفان | وجبة الصباح</translation>
    </message>
    <message>
        <source>sandwich | sandwiches | dinner time | packed lunch | midday meal</source>
        <extracomment>Other words people use for the card “Lunch” (daily-lunch), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ساندويتش | سندويشات | وقت الغداء | وجبة الظهر</translation>
    </message>
    <message>
        <source>supper | dinner | hot meal | stew | teatime meal</source>
        <extracomment>Other words people use for the card “Evening meal” (daily-evening-meal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وجبة المساء | وجبة ساخنة | طبخة | يخنة</translation>
    </message>
    <message>
        <source>kitchen | make food | fry | baking | make dinner</source>
        <extracomment>Other words people use for the card “Cooking” (daily-cooking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مطبخ | تحضير الطعام | قلي | خبز | يطبخ</translation>
    </message>
    <message>
        <source>apple | apples | banana | orange | five a day</source>
        <extracomment>Other words people use for the card “Fruit” (daily-fruit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فواكه | تفاح | تفاحة | موز | برتقال</translation>
    </message>
    <message>
        <source>veg | veggies | carrot | carrots | greens</source>
        <extracomment>Other words people use for the card “Vegetables” (daily-vegetables), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>خضروات | جزر | خضرة | سلطة</translation>
    </message>
    <message>
        <source>sweet | chocolate | treats | candy</source>
        <extracomment>Other words people use for the card “Sweets” (daily-sweets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حلوى | شوكولاتة | سكاكر | ملبس</translation>
    </message>
    <message>
        <source>cakes | biscuits | pudding | dessert</source>
        <extracomment>Other words people use for the card “Cake” (daily-cake), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كيك | كعكة | بسكويت | حلى | تحلية</translation>
    </message>
    <message>
        <source>pizzas | takeaway | fast food | slice</source>
        <extracomment>Other words people use for the card “Pizza” (daily-pizza), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وجبة سريعة | سفري | شريحة بيتزا</translation>
    </message>
    <message>
        <source>fries | fish and chips | chippy | crisps</source>
        <extracomment>Other words people use for the card “Chips” (daily-chips), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بطاطس | فرايز | سمك وبطاطا | شيبس</translation>
    </message>
    <message>
        <source>cuppa | cup of tea | teapot | brew | coffee</source>
        <extracomment>Other words people use for the card “Tea” (daily-tea), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كوب شاي | إبريق شاي | قهوة | كاسة شاي</translation>
    </message>
    <message>
        <source>glass of water | tap water | thirsty | drink of water</source>
        <extracomment>Other words people use for the card “Water” (daily-water), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مية | كوب ماء | ماء الحنفية | عطشان</translation>
    </message>
    <message>
        <source>orange juice | squash | fruit juice | pop</source>
        <extracomment>Other words people use for the card “Juice” (daily-juice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عصير برتقال | عصير فواكه | شراب | مشروب غازي</translation>
    </message>
    <message>
        <source>cash | pounds | pay | payment | cost</source>
        <extracomment>Other words people use for the card “Money” (topic-money), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فلوس | نقود | جنيه | دفع | سعر</translation>
    </message>
    <message>
        <source>debit card | contactless | credit card | cash card</source>
        <extracomment>Other words people use for the card “Bank card” (daily-bank-card), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بطاقة الخصم | بطاقة ائتمان | كرت | دفع بدون تلامس</translation>
    </message>
    <message>
        <source>bill | receipt | rent | council tax | paying</source>
        <extracomment>Other words people use for the card “Bills” (daily-bills), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فاتورة | إيصال | إيجار | ضريبة البلدية | دفع</translation>
    </message>
    <message>
        <source>wallet | my money | pocket money | spending money</source>
        <extracomment>Other words people use for the card “Purse” (daily-purse), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>جزدان | فلوسي | مصروف | مال للإنفاق</translation>
    </message>
    <message>
        <source>trolley | groceries | buy | buying | go shopping</source>
        <extracomment>Other words people use for the card “Shopping” (topic-shopping), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عربة التسوق | بقالة | شراء | يشتري | مشتريات</translation>
    </message>
    <message>
        <source>job | working | employment | volunteering | paid work</source>
        <extracomment>Other words people use for the card “Work” (topic-work), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وظيفة | شغل | يعمل | تطوع | عمل مدفوع</translation>
    </message>
    <message>
        <source>school | university | class | course | learning</source>
        <extracomment>Other words people use for the card “College” (topic-college), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مدرسة | جامعة | صف | دورة | تعليم</translation>
    </message>
    <message>
        <source>mobile | mobile phone | phone call | text | ring</source>
        <extracomment>Other words people use for the card “Phone” (topic-phone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تلفون | جوال | موبايل | مكالمة | رسالة</translation>
    </message>
    <message>
        <source>laptop | PC | online | zoom | video call</source>
        <extracomment>Other words people use for the card “Computer” (daily-computer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حاسوب | لابتوب | إنترنت | زوم | مكالمة فيديو</translation>
    </message>
    <message>
        <source>iPad | tablet computer | screen | device</source>
        <extracomment>Other words people use for the card “Tablet” (daily-tablet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>آيباد | تابلت | شاشة | جهاز</translation>
    </message>
    <message>
        <source>online | website | web | wifi | Google</source>
        <extracomment>Other words people use for the card “Internet” (daily-internet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أونلاين | موقع | الويب | واي فاي | جوجل</translation>
    </message>
    <message>
        <source>emails | e-mail | inbox | message</source>
        <extracomment>Other words people use for the card “Email” (daily-email), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>إيميل | إيميلات | صندوق الوارد | رسالة</translation>
    </message>
    <message>
        <source>letters | post | envelope | mail</source>
        <extracomment>Other words people use for the card “Letter” (daily-letter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رسائل | بريد | ظرف | خطاب</translation>
    </message>
    <message>
        <source>television | telly | watch TV | programmes | soaps</source>
        <extracomment>Other words people use for the card “TV” (daily-tv), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تلفاز | مشاهدة التلفزيون | برامج | مسلسلات</translation>
    </message>
    <message>
        <source>listen to the radio | podcast | wireless | radio station</source>
        <extracomment>Other words people use for the card “Radio” (daily-radio), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>إذاعة | الاستماع للراديو | بودكاست | محطة إذاعية</translation>
    </message>
    <message>
        <source>sleeping | bed | asleep | nap | go to bed</source>
        <extracomment>Other words people use for the card “Sleep” (topic-sleep), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ينام | سرير | نائم | قيلولة | وقت النوم</translation>
    </message>
    <message>
        <source>wash | shower | showering | personal care | clean</source>
        <extracomment>Other words people use for the card “Washing” (topic-washing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>غسل | دش | استحمام | عناية شخصية | نظافة</translation>
    </message>
    <message>
        <source>bathroom | bathing | bath time | have a bath</source>
        <extracomment>Other words people use for the card “Bath” (daily-bath), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حوض الاستحمام | يستحم | وقت الحمام | بانيو</translation>
    </message>
    <message>
        <source>toothbrush | teeth cleaning | brushing teeth | toothpaste</source>
        <extracomment>Other words people use for the card “Brush teeth” (daily-brush-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فرشاة أسنان | تنظيف الأسنان | معجون أسنان</translation>
    </message>
    <message>
        <source>loo | bathroom | toilets | wee | poo</source>
        <extracomment>Other words people use for the card “Toilet” (topic-toilet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الحمام | تواليت | دورة المياه | بيت الراحة | بول</translation>
    </message>
    <message>
        <source>clothing | get dressed | dressing | outfit | wear</source>
        <extracomment>Other words people use for the card “Clothes” (daily-clothes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ثياب | يلبس | لبس | هدوم</translation>
    </message>
    <message>
        <source>trainers | shoe | footwear | boots</source>
        <extracomment>Other words people use for the card “Shoes” (daily-shoes), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حذاء | جزمة | كوتشي | صندل</translation>
    </message>
    <message>
        <source>washing machine | washing clothes | ironing | clean clothes</source>
        <extracomment>Other words people use for the card “Laundry” (daily-laundry), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>غسالة | كوي | ملابس نظيفة | غسيل</translation>
    </message>
    <message>
        <source>tidy | tidying | housework | hoover | sweep</source>
        <extracomment>Other words people use for the card “Cleaning” (daily-cleaning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ترتيب | أعمال المنزل | مكنسة | كنس | تنظيف البيت</translation>
    </message>
    <message>
        <source>key | door key | lock up | house keys</source>
        <extracomment>Other words people use for the card “Keys” (daily-keys), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مفتاح | مفتاح الباب | قفل | مفاتيح البيت</translation>
    </message>
    <message>
        <source>things to do | activity | hobby | hobbies | crafts</source>
        <extracomment>Other words people use for the card “Activities” (topic-activities), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نشاط | أشياء نفعلها | هواية | هوايات | أشغال يدوية</translation>
    </message>
    <message>
        <source>painting | paint | drawing | draw | arts and crafts</source>
        <extracomment>Other words people use for the card “Art” (daily-art), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رسم | تلوين | يرسم | أشغال فنية</translation>
    </message>
    <message>
        <source>songs | song | listen to music | band | concert</source>
        <extracomment>Other words people use for the card “Music” (topic-music), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أغاني | أغنية | سماع الموسيقى | فرقة | حفلة</translation>
    </message>
    <message>
        <source>sing | karaoke | choir | singer</source>
        <extracomment>Other words people use for the card “Singing” (daily-singing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يغني | كاريوكي | كورال | مغني</translation>
    </message>
    <message>
        <source>dance | disco | dancer | party dance</source>
        <extracomment>Other words people use for the card “Dancing” (daily-dancing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يرقص | ديسكو | دبكة | راقص</translation>
    </message>
    <message>
        <source>read | book | story | magazine</source>
        <extracomment>Other words people use for the card “Reading” (daily-reading), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يقرأ | كتاب | قصة | مجلة</translation>
    </message>
    <message>
        <source>write | writer | handwriting | pen</source>
        <extracomment>Other words people use for the card “Writing” (daily-writing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يكتب | كاتب | خط اليد | قلم</translation>
    </message>
    <message>
        <source>board games | dice | bingo | card games | game</source>
        <extracomment>Other words people use for the card “Games” (daily-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ألعاب الطاولة | نرد | بينغو | ورق اللعب | لعبة</translation>
    </message>
    <message>
        <source>computer games | gaming | PlayStation | Xbox | console</source>
        <extracomment>Other words people use for the card “Video games” (daily-video-games), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ألعاب الكمبيوتر | بلايستيشن | إكس بوكس | جيمز</translation>
    </message>
    <message>
        <source>jigsaw | puzzle | crossword | quiz</source>
        <extracomment>Other words people use for the card “Puzzles” (daily-puzzles), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بازل | لغز | كلمات متقاطعة | مسابقة</translation>
    </message>
    <message>
        <source>knit | wool | crochet | sewing</source>
        <extracomment>Other words people use for the card “Knitting” (daily-knitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تريكو | صوف | كروشيه | خياطة</translation>
    </message>
    <message>
        <source>garden | gardener | plants | flowers | allotment</source>
        <extracomment>Other words people use for the card “Gardening” (daily-gardening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حديقة | بستاني | نباتات | زهور | زراعة</translation>
    </message>
    <message>
        <source>fish | angling | fishing rod | go fishing</source>
        <extracomment>Other words people use for the card “Fishing” (daily-fishing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سمك | صنارة | صيد | يصطاد</translation>
    </message>
    <message>
        <source>ten pin bowling | bowls | skittles | bowling alley</source>
        <extracomment>Other words people use for the card “Bowling” (daily-bowling), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>البولينج | صالة البولينغ | قوارير</translation>
    </message>
    <message>
        <source>dog | dogs | pet | cat | animals</source>
        <extracomment>Other words people use for the card “Pets” (daily-pets), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كلب | كلاب | قطة | حيوان أليف | حيوانات</translation>
    </message>
    <message>
        <source>football | sports | match | team sport | game</source>
        <extracomment>Other words people use for the card “Sport” (topic-sport), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كرة القدم | رياضات | مباراة | فريق | لعبة</translation>
    </message>
    <message>
        <source>swim | swimming pool | pool | swimming baths</source>
        <extracomment>Other words people use for the card “Swimming” (daily-swimming), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يسبح | مسبح | حمام سباحة | بركة</translation>
    </message>
    <message>
        <source>walk | go for a walk | on foot | stroll</source>
        <extracomment>Other words people use for the card “Walking” (daily-walking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يمشي | نزهة | تمشية | على الأقدام</translation>
    </message>
    <message>
        <source>running | run | keep fit | jogging | get active</source>
        <extracomment>Other words people use for the card “Exercise” (daily-exercise), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رياضة | جري | ركض | لياقة | نشاط بدني</translation>
    </message>
    <message>
        <source>relaxing | yoga | meditation | chill out | mindfulness</source>
        <extracomment>Other words people use for the card “Relax” (daily-relax), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>راحة | يوغا | تأمل | يرتاح</translation>
    </message>
    <message>
        <source>parties | celebration | disco night | party time</source>
        <extracomment>Other words people use for the card “Party” (daily-party), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حفلات | احتفال | سهرة | عزومة</translation>
    </message>
    <message>
        <source>birthdays | birthday cake | my birthday | happy birthday</source>
        <extracomment>Other words people use for the card “Birthday” (daily-birthday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كعكة عيد الميلاد | عيد ميلادي | عيد ميلاد سعيد | أعياد الميلاد</translation>
    </message>
    <message>
        <source>Xmas | festive | Christmas tree | holidays</source>
        <extracomment>Other words people use for the card “Christmas” (daily-christmas), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الكريسماس | شجرة الميلاد | أعياد | عطلة</translation>
    </message>
    <message>
        <source>gift | presents | gifts | wrapped present</source>
        <extracomment>Other words people use for the card “Present” (daily-present), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>هدايا | مفاجأة | هدية مغلفة</translation>
    </message>
    <message>
        <source>trip | excursion | day trip | going out | days out</source>
        <extracomment>Other words people use for the card “Day out” (daily-day-out), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رحلة | رحلة يوم | خروج | فسحة | طلعة</translation>
    </message>
    <message>
        <source>holidays | beach | seaside | going away | vacation</source>
        <extracomment>Other words people use for the card “Holiday” (topic-holiday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>إجازة | شاطئ | بحر | سفر | عطل</translation>
    </message>
    <message>
        <source>healthy | check-up | health check | stethoscope | wellbeing</source>
        <extracomment>Other words people use for the card “Health” (topic-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صحي | فحص | فحص صحي | سماعة الطبيب | عافية</translation>
    </message>
    <message>
        <source>medicine | tablets | pills | meds | prescription</source>
        <extracomment>Other words people use for the card “Medicines” (topic-medicines), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دواء | حبوب | أقراص | علاج | وصفة طبية</translation>
    </message>
    <message>
        <source>appointments | booking | check-up | clinic appointment | see the doctor</source>
        <extracomment>Other words people use for the card “Appointment” (health-appointment), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مواعيد | حجز | فحص | موعد العيادة | زيارة الطبيب</translation>
    </message>
    <message>
        <source>mind | mental wellbeing | anxiety | depression | feelings</source>
        <extracomment>Other words people use for the card “Mental health” (health-mental-health), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نفسية | راحة نفسية | قلق | اكتئاب | مشاعر</translation>
    </message>
    <message>
        <source>head hurts | migraine | sore head | head pain</source>
        <extracomment>Other words people use for the card “Headache” (health-headache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وجع رأس | رأسي يؤلمني | شقيقة | ألم الرأس</translation>
    </message>
    <message>
        <source>ear pain | sore ear | ear infection | ear hurts</source>
        <extracomment>Other words people use for the card “Earache” (health-earache), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وجع أذن | التهاب الأذن | أذني تؤلمني</translation>
    </message>
    <message>
        <source>broken leg | broken arm | fracture | plaster cast</source>
        <extracomment>Other words people use for the card “Broken bone” (health-broken-bone), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عظم مكسور | رجل مكسورة | يد مكسورة | جبس</translation>
    </message>
    <message>
        <source>tooth | dentist | toothache | dental</source>
        <extracomment>Other words people use for the card “Teeth” (health-teeth), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سن | طبيب أسنان | ألم الأسنان | ضرس</translation>
    </message>
    <message>
        <source>heart problem | heartbeat | blood pressure | chest pain</source>
        <extracomment>Other words people use for the card “Heart” (health-heart), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مشكلة في القلب | نبض | ضغط الدم | ألم في الصدر</translation>
    </message>
    <message>
        <source>lungs | breath | asthma | short of breath | chest</source>
        <extracomment>Other words people use for the card “Breathing” (health-breathing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رئتين | نفس | ربو | ضيق تنفس | صدر</translation>
    </message>
    <message>
        <source>thermometer | fever | high temperature | hot and cold</source>
        <extracomment>Other words people use for the card “Temperature” (health-temperature), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ميزان الحرارة | حمى | سخونة | حرارة عالية</translation>
    </message>
    <message>
        <source>coughing | covid | chesty | sore throat</source>
        <extracomment>Other words people use for the card “Cough” (health-cough), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كحة | يسعل | كورونا | التهاب الحلق</translation>
    </message>
    <message>
        <source>sneeze | runny nose | flu | hay fever | tissue</source>
        <extracomment>Other words people use for the card “Sneezing” (health-sneezing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عطسة | رشح | زكام | إنفلونزا | منديل</translation>
    </message>
    <message>
        <source>vomit | vomiting | throw up | throwing up | sick bug</source>
        <extracomment>Other words people use for the card “Being sick” (health-being-sick), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ترجيع | استفراغ | يتقيأ | قيء</translation>
    </message>
    <message>
        <source>mask | masks | infection | germs</source>
        <extracomment>Other words people use for the card “Face mask” (health-mask), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>قناع | كمامات | عدوى | جراثيم</translation>
    </message>
    <message>
        <source>hand washing | hygiene | soap | clean hands</source>
        <extracomment>Other words people use for the card “Wash hands” (health-wash-hands), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نظافة | صابون | أيدي نظيفة | يغسل يديه</translation>
    </message>
    <message>
        <source>jab | vaccine | needle | vaccination | flu jab</source>
        <extracomment>Other words people use for the card “Injection” (health-injection), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>إبرة | لقاح | تطعيم | لقاح الإنفلونزا</translation>
    </message>
    <message>
        <source>blood | blood sample | bleeding | blood tests</source>
        <extracomment>Other words people use for the card “Blood test” (health-blood-test), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دم | عينة دم | نزيف | فحص الدم</translation>
    </message>
    <message>
        <source>plasters | cut | wound | bandage | graze</source>
        <extracomment>Other words people use for the card “Plaster” (health-plaster), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بلاستر | جرح | ضمادة | خدش</translation>
    </message>
    <message>
        <source>x-rays | scan | MRI | radiology</source>
        <extracomment>Other words people use for the card “X-ray” (health-x-ray), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أشعة سينية | تصوير | رنين مغناطيسي | أشعة إكس</translation>
    </message>
    <message>
        <source>weigh | scales | weigh in | lose weight | BMI</source>
        <extracomment>Other words people use for the card “Weight” (health-weight), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وزن | ميزان | إنقاص الوزن | مؤشر كتلة الجسم</translation>
    </message>
    <message>
        <source>salad | healthy food | diet | good food</source>
        <extracomment>Other words people use for the card “Healthy eating” (health-healthy-eating), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سلطة | طعام صحي | حمية | ريجيم | غذاء جيد</translation>
    </message>
    <message>
        <source>smoke | cigarette | cigarettes | vaping | stop smoking</source>
        <extracomment>Other words people use for the card “Smoking” (health-smoking), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>دخان | سيجارة | سجائر | فيب | الإقلاع عن التدخين</translation>
    </message>
    <message>
        <source>beer | wine | drinking alcohol | booze | lager</source>
        <extracomment>Other words people use for the card “Alcohol” (health-alcohol), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بيرة | نبيذ | خمر | شرب الكحول</translation>
    </message>
    <message>
        <source>pregnancy | expecting | having a baby | bump</source>
        <extracomment>Other words people use for the card “Pregnant” (health-pregnant), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حمل | تنتظر مولودًا | بطن الحامل | حبلى</translation>
    </message>
    <message>
        <source>paramedic | 999 | paramedics | blue lights</source>
        <extracomment>Other words people use for the card “Ambulance” (health-ambulance), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سيارة إسعاف | مسعف | 999 | مسعفون</translation>
    </message>
    <message>
        <source>wheelchair user | wheelchairs | mobility | push chair</source>
        <extracomment>Other words people use for the card “Wheelchair” (topic-wheelchair), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كرسي عجلات | مستخدم الكرسي المتحرك | التنقل | كراسي متحركة</translation>
    </message>
    <message>
        <source>scooter | powered wheelchair | electric wheelchair | buggy</source>
        <extracomment>Other words people use for the card “Mobility scooter” (health-mobility-scooter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سكوتر | كرسي متحرك كهربائي | دراجة كهربائية للتنقل</translation>
    </message>
    <message>
        <source>crutch | walking aid | walking stick | walking frame</source>
        <extracomment>Other words people use for the card “Crutches” (health-crutches), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عكاز | أداة مشي | عصا | مشاية</translation>
    </message>
    <message>
        <source>hearing aid | ears | hard of hearing | hear | hearing loss</source>
        <extracomment>Other words people use for the card “Hearing” (topic-hearing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>سماعة الأذن | آذان | ضعف السمع | يسمع | فقدان السمع</translation>
    </message>
    <message>
        <source>deafness | can't hear | sign language | BSL | deaf person</source>
        <extracomment>Other words people use for the card “Deaf” (health-deaf), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صمم | لا يسمع | لغة الإشارة | شخص أصم</translation>
    </message>
    <message>
        <source>sight | eyes | eye | vision | eyesight</source>
        <extracomment>Other words people use for the card “Seeing” (topic-seeing), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نظر | عيون | عين | رؤية</translation>
    </message>
    <message>
        <source>spectacles | opticians | reading glasses | eye test</source>
        <extracomment>Other words people use for the card “Glasses” (health-glasses), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نظارة | أخصائي نظارات | نظارة قراءة | فحص النظر</translation>
    </message>
    <message>
        <source>sight loss | visually impaired | white cane | can't see | partially sighted</source>
        <extracomment>Other words people use for the card “Blind” (health-blind), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أعمى | فقدان البصر | ضعف البصر | عصا بيضاء | لا يرى</translation>
    </message>
    <message>
        <source>assistance dog | guide dogs | dog | helper dog</source>
        <extracomment>Other words people use for the card “Guide dog” (health-guide-dog), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كلب مساعد | كلاب مرشدة | كلب</translation>
    </message>
    <message>
        <source>choose | choices | decide | decision | options</source>
        <extracomment>Other words people use for the card “Choice” (rights-choice), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يختار | خيارات | يقرر | قرار</translation>
    </message>
    <message>
        <source>refuse | no thank you | don't want | consent | my choice</source>
        <extracomment>Other words people use for the card “Say no” (rights-say-no), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رفض | لا شكرًا | لا أريد | موافقة | اختياري</translation>
    </message>
    <message>
        <source>my rights | fair | law | justice | human rights</source>
        <extracomment>Other words people use for the card “Rights” (rights-rights), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>حقوقي | عدل | قانون | عدالة | حقوق الإنسان</translation>
    </message>
    <message>
        <source>equality | equals | treated the same | equal rights | fair share</source>
        <extracomment>Other words people use for the card “Equal” (rights-equal), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>متساوون | نفس المعاملة | حقوق متساوية | إنصاف</translation>
    </message>
    <message>
        <source>speak out | advocacy | advocate | have your say | self-advocacy</source>
        <extracomment>Other words people use for the card “Speak up” (rights-speak-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تكلم | دفاع عن الحقوق | مناصرة | قل رأيك | الدفاع عن النفس</translation>
    </message>
    <message>
        <source>complain | complaints | not happy | make a complaint | moan</source>
        <extracomment>Other words people use for the card “Complaint” (rights-complaint), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يشتكي | شكاوى | غير راضٍ | تقديم شكوى | تذمر</translation>
    </message>
    <message>
        <source>info | find out | easy read | leaflet | tell me</source>
        <extracomment>Other words people use for the card “Information” (rights-information), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>معلومة | اكتشاف | سهل القراءة | منشور | أخبرني</translation>
    </message>
    <message>
        <source>privacy | secret | confidential | locked | personal</source>
        <extracomment>Other words people use for the card “Private” (rights-private), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>خصوصية | سر | سري | مقفل | شخصي</translation>
    </message>
    <message>
        <source>safety | feel safe | protected | keep safe | safeguarding</source>
        <extracomment>Other words people use for the card “Safe” (topic-safety), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أمان | أشعر بالأمان | محمي | حماية | سلامة</translation>
    </message>
    <message>
        <source>unsafe | danger | dangerous | risk | warning</source>
        <extracomment>Other words people use for the card “Not safe” (rights-unsafe), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>خطر | خطير | مجازفة | تحذير</translation>
    </message>
    <message>
        <source>hit | punch | violence | hurt me | abuse | bullying</source>
        <extracomment>Other words people use for the card “Hitting” (rights-hitting), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يضرب | لكمة | عنف | أذى | إساءة | تنمر</translation>
    </message>
    <message>
        <source>forbidden | banned | no entry | rule | must not</source>
        <extracomment>Other words people use for the card “Not allowed” (rights-not-allowed), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>غير مسموح | محظور | ممنوع الدخول | قاعدة</translation>
    </message>
    <message>
        <source>urgent | call 999 | alarm | siren</source>
        <extracomment>Other words people use for the card “Emergency” (rights-emergency), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عاجل | اتصل بـ 999 | إنذار | صفارة</translation>
    </message>
    <message>
        <source>fire alarm | burning | smoke alarm | flames</source>
        <extracomment>Other words people use for the card “Fire” (rights-fire), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نار | إنذار الحريق | يحترق | لهب | كاشف الدخان</translation>
    </message>
    <message>
        <source>emergency exit | way out | exit | escape</source>
        <extracomment>Other words people use for the card “Fire exit” (rights-fire-exit), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مخرج الحريق | طريق الخروج | مخرج | هروب</translation>
    </message>
    <message>
        <source>access | disabled access | accessibility | ramp | blue badge</source>
        <extracomment>Other words people use for the card “Accessible” (rights-accessible), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>إمكانية الوصول | مدخل لذوي الإعاقة | منحدر | الشارة الزرقاء</translation>
    </message>
    <message>
        <source>clock | what time | o'clock | hour | timing</source>
        <extracomment>Other words people use for the card “Time” (topic-time), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ساعة | كم الساعة | الساعة | توقيت</translation>
    </message>
    <message>
        <source>date | diary | month | dates | planner</source>
        <extracomment>Other words people use for the card “Calendar” (topic-calendar), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تاريخ | مفكرة | شهر | تواريخ | رزنامة</translation>
    </message>
    <message>
        <source>this day | tonight | right now</source>
        <extracomment>Other words people use for the card “Today” (time-today), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>هذا اليوم | الليلة | الآن | حالًا</translation>
    </message>
    <message>
        <source>next day | the day after | tomorrow morning | tomorrow night</source>
        <extracomment>Other words people use for the card “Tomorrow” (time-tomorrow), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بكرة | اليوم التالي | صباح الغد | مساء الغد</translation>
    </message>
    <message>
        <source>the day before | last night | before | last time</source>
        <extracomment>Other words people use for the card “Yesterday” (time-yesterday), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مبارح | اليوم السابق | ليلة أمس | من قبل | آخر مرة</translation>
    </message>
    <message>
        <source>mornings | early | sunrise | first thing</source>
        <extracomment>Other words people use for the card “Morning” (time-morning), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صباح | الصبح | باكرًا | شروق الشمس</translation>
    </message>
    <message>
        <source>afternoons | midday | daytime | after lunch</source>
        <extracomment>Other words people use for the card “Afternoon” (time-afternoon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>الظهر | العصر | النهار | بعد الغداء</translation>
    </message>
    <message>
        <source>evenings | teatime | sunset | after tea</source>
        <extracomment>Other words people use for the card “Evening” (time-evening), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>مساء | المغرب | غروب الشمس | بعد العشاء</translation>
    </message>
    <message>
        <source>nights | night time | dark | bedtime | overnight</source>
        <extracomment>Other words people use for the card “Night” (time-night), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ليل | ليلًا | ظلام | وقت النوم | طوال الليل</translation>
    </message>
    <message>
        <source>weeks | weekly | this week | next week | weekend</source>
        <extracomment>Other words people use for the card “Week” (time-week), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أسابيع | أسبوعي | هذا الأسبوع | الأسبوع القادم | عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <source>later | not yet | in a bit | shortly | future</source>
        <extracomment>Other words people use for the card “Soon” (time-soon), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>لاحقًا | ليس بعد | بعد قليل | المستقبل | بعدين</translation>
    </message>
    <message>
        <source>waiting | hold on | hang on | waiting time | queue</source>
        <extracomment>Other words people use for the card “Wait” (time-wait), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>انتظار | لحظة | استنى | وقت الانتظار | طابور</translation>
    </message>
    <message>
        <source>alarm | alarm clock | get up | getting up</source>
        <extracomment>Other words people use for the card “Wake up” (time-wake-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>يصحو | منبه | ساعة منبهة | يقوم من النوم</translation>
    </message>
    <message>
        <source>springtime | flowers | Easter | March</source>
        <extracomment>Other words people use for the card “Spring” (time-spring), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ربيع | زهور | عيد الفصح | مارس</translation>
    </message>
    <message>
        <source>summertime | sunshine | ice cream | hot weather</source>
        <extracomment>Other words people use for the card “Summer” (time-summer), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صيف | شمس | آيس كريم | جو حار</translation>
    </message>
    <message>
        <source>fall | leaves | autumn leaves | October</source>
        <extracomment>Other words people use for the card “Autumn” (time-autumn), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>خريف | أوراق الشجر | أكتوبر</translation>
    </message>
    <message>
        <source>snow | snowman | cold weather | wintertime</source>
        <extracomment>Other words people use for the card “Winter” (time-winter), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>شتاء | ثلج | رجل الثلج | جو بارد</translation>
    </message>
    <message>
        <source>begin | let's go | play | starting</source>
        <extracomment>Other words people use for the card “Start” (meeting-start), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>بداية | يلا | هيا بنا | نبدأ</translation>
    </message>
    <message>
        <source>finished | end | done | all done | the end</source>
        <extracomment>Other words people use for the card “Finish” (meeting-finish), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نهاية | خلصنا | تم | انتهينا</translation>
    </message>
    <message>
        <source>speak | tell | talking | speaking</source>
        <extracomment>Other words people use for the card “Talk” (meeting-talk), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كلام | يتكلم | يحكي | يقول | حديث</translation>
    </message>
    <message>
        <source>hear | listening | pay attention | ear</source>
        <extracomment>Other words people use for the card “Listen” (meeting-listen), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>اسمع | استماع | انتبه | أذن</translation>
    </message>
    <message>
        <source>watch | looking | show me | have a look</source>
        <extracomment>Other words people use for the card “Look” (meeting-look), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>شوف | يشاهد | أرني | نظرة</translation>
    </message>
    <message>
        <source>thinking | remember | memory | thought | forget</source>
        <extracomment>Other words people use for the card “Think” (meeting-think), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تفكير | تذكر | ذاكرة | فكرة | نسيان</translation>
    </message>
    <message>
        <source>discussion | chat | conversation | talk about</source>
        <extracomment>Other words people use for the card “Discuss” (meeting-discuss), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نقاش | حوار | دردشة | محادثة</translation>
    </message>
    <message>
        <source>teamwork | partnership | co-production | handshake | deal</source>
        <extracomment>Other words people use for the card “Work together” (meeting-work-together), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>عمل جماعي | شراكة | إنتاج مشترك | مصافحة | اتفاق</translation>
    </message>
    <message>
        <source>voting | ballot | election | decide together</source>
        <extracomment>Other words people use for the card “Vote” (meeting-vote), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صوّت | انتخاب | اقتراع | نقرر معًا</translation>
    </message>
    <message>
        <source>chart | scores | count | outcome</source>
        <extracomment>Other words people use for the card “Results” (meeting-results), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>نتيجة | رسم بياني | عدد | درجات</translation>
    </message>
    <message>
        <source>raise your hand | put your hand up | wait please | hand</source>
        <extracomment>Other words people use for the card “Hand up” (meeting-hand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>رفع اليد | انتظر من فضلك | يد</translation>
    </message>
    <message>
        <source>quiet | shh | too noisy | noise | be quiet</source>
        <extracomment>Other words people use for the card “Quiet please” (meeting-quiet), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>هدوء | اسكت | صوت عالٍ | ضجة | إزعاج</translation>
    </message>
    <message>
        <source>can't hear | speak up please | volume up | too quiet</source>
        <extracomment>Other words people use for the card “Louder” (meeting-louder), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>لا أسمع | ارفع صوتك | علِّ الصوت | منخفض جدًا</translation>
    </message>
    <message>
        <source>slower | too fast | slowly | take your time</source>
        <extracomment>Other words people use for the card “Slow down” (meeting-slow-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>أبطأ | بسرعة كبيرة | ببطء | خذ وقتك | شوية شوية</translation>
    </message>
    <message>
        <source>repeat | pardon | what did you say | one more time</source>
        <extracomment>Other words people use for the card “Say again” (meeting-say-again), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>كرر | عفوًا | ماذا قلت | مرة أخرى</translation>
    </message>
    <message>
        <source>swap | different | changes | do it differently</source>
        <extracomment>Other words people use for the card “Change” (meeting-change), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>غيّر | تبديل | مختلف | تغييرات</translation>
    </message>
    <message>
        <source>move on | next one | forward | carry on</source>
        <extracomment>Other words people use for the card “Next” (meeting-next), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>تابع | الذي بعده | إلى الأمام | كمّل</translation>
    </message>
    <message>
        <source>backwards | previous | last one | return</source>
        <extracomment>Other words people use for the card “Go back” (meeting-back), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ارجع | السابق | للخلف | عودة</translation>
    </message>
    <message>
        <source>agenda | list | plans | what's happening</source>
        <extracomment>Other words people use for the card “Plan” (meeting-plan), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>جدول الأعمال | قائمة | خطط | ماذا سيحدث</translation>
    </message>
    <message>
        <source>notes | write down | minutes | take notes</source>
        <extracomment>Other words people use for the card “Write it down” (meeting-write), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>ملاحظات | اكتب | محضر | تدوين</translation>
    </message>
    <message>
        <source>ground rules | agreement | rule | how we work</source>
        <extracomment>Other words people use for the card “Rules” (meeting-rules), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>قاعدة | قواعد أساسية | اتفاق | طريقة عملنا</translation>
    </message>
    <message>
        <source>photo | photograph | camera | picture | take a picture</source>
        <extracomment>Other words people use for the card “Photos” (meeting-photos), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>صورة | كاميرا | تصوير | التقاط صورة</translation>
    </message>
    <message>
        <source>film | filming | recording | video camera</source>
        <extracomment>Other words people use for the card “Video” (meeting-video), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>فيلم | تصوير فيديو | تسجيل | كاميرا فيديو</translation>
    </message>
    <message>
        <source>certificate | medal | prize | thank you award</source>
        <extracomment>Other words people use for the card “Award” (meeting-award), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>شهادة | ميدالية | تكريم | شهادة شكر</translation>
    </message>
    <message>
        <source>hooray | yay | we did it | success</source>
        <extracomment>Other words people use for the card “Celebrate” (meeting-celebrate), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>هيييه | مبروك | نجحنا | نجاح | احتفال</translation>
    </message>
    <message>
        <source>sit | chair | seat | sitting</source>
        <extracomment>Other words people use for the card “Sit down” (meeting-sit-down), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>جلوس | كرسي | مقعد | تفضل اجلس</translation>
    </message>
    <message>
        <source>stand | standing | get up | stretch</source>
        <extracomment>Other words people use for the card “Stand up” (meeting-stand-up), joined with “ | ”. Give the words people in a care setting would say in your language, joined the same way; they are for finding the card as the facilitator types, so they need not match the English.</extracomment>
        <translation>وقوف | انهض | قم | تمدد</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Feelings</source>
        <extracomment>The name of a group of picture cards (“feelings”).</extracomment>
        <translation>المشاعر</translation>
    </message>
    <message>
        <source>Responses</source>
        <extracomment>The name of a group of picture cards (“responses”).</extracomment>
        <translation>الردود</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The name of a group of picture cards (“people”).</extracomment>
        <translation>الناس</translation>
    </message>
    <message>
        <source>Places</source>
        <extracomment>The name of a group of picture cards (“places”).</extracomment>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Daily life</source>
        <extracomment>The name of a group of picture cards (“daily”).</extracomment>
        <translation>الحياة اليومية</translation>
    </message>
    <message>
        <source>Health</source>
        <extracomment>The name of a group of picture cards (“health”).</extracomment>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Rights and safety</source>
        <extracomment>The name of a group of picture cards (“rights”).</extracomment>
        <translation>الحقوق والأمان</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>The name of a group of picture cards (“time”).</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>The name of a group of picture cards (“meeting”).</extracomment>
        <translation>الاجتماع</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Record of involvement</source>
        <extracomment>the title of a one-page certificate that a person took part in a meeting.</extracomment>
        <translation>سجل المشاركة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} took part in a co-production meeting.</source>
        <extracomment>on a certificate; {name} is the name the person chose to be credited by.</extracomment>
        <translation>نشهد بمشاركة {name} في اجتماع للإنتاج المشترك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Meeting: {title}</source>
        <extracomment>on a certificate; {title} is the meeting's title.</extracomment>
        <translation>الاجتماع: {title}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Date: {date}</source>
        <extracomment>on a certificate; {date} is the meeting's date in words.</extracomment>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Place: {place}</source>
        <extracomment>on a certificate; {place} is where the meeting was held.</extracomment>
        <translation>المكان: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Time given: {time}</source>
        <extracomment>on a certificate; {time} is how long the meeting lasted, e.g. "1 hour 30 minutes".</extracomment>
        <translation>مدة المشاركة: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>{name} gave their views on:</source>
        <extracomment>on a certificate, over the list of questions the person answered.</extracomment>
        <translation>آراء {name} في:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They chose pictures to share their views.</source>
        <extracomment>on a certificate: the person used picture cards to say what they think.</extracomment>
        <translation>شملت المشاركة اختيار صور للتعبير عن الرأي.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>They agreed with other people's ideas.</source>
        <extracomment>on a certificate: the person added their marker to other people's ideas.</extracomment>
        <translation>شملت المشاركة أيضًا الموافقة على أفكار الآخرين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Their words are in the meeting summary.</source>
        <extracomment>on a certificate: what the person said is written in the meeting's summary.</extracomment>
        <translation>ما قيل مكتوب في ملخص الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Given by {organisation}.</source>
        <extracomment>on a certificate; {organisation} ran the meeting and gives the certificate.</extracomment>
        <translation>صادر عن {organisation}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/certificate.py"/>
        <source>Signed: {line}</source>
        <extracomment>on a certificate, beside a line to sign on.</extracomment>
        <translation>التوقيع: {line}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/pdf.py"/>
        <source>and {count} more</source>
        <translation>و{count} أخرى</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 hour</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} hours</source>
        <extracomment>a length of time on a certificate; {count} is 2 or more.</extracomment>
        <translation>{count} ساعات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>1 minute</source>
        <extracomment>a length of time on a certificate.</extracomment>
        <translation>دقيقة واحدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{count} minutes</source>
        <extracomment>a length of time on a certificate; {count} is 0 or 2 to 59.</extracomment>
        <translation>{count} دقيقة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{hours} {minutes}</source>
        <extracomment>joins hours and minutes: "1 hour 30 minutes".</extracomment>
        <translation>{hours} و{minutes}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Monday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Tuesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Wednesday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Thursday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Friday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Saturday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>Sunday</source>
        <extracomment>day names as they start a date on printouts ("Thursday 26 November 2026").</extracomment>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>January</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>يناير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>February</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>فبراير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>March</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>مارس</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>April</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>أبريل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>May</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>مايو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>June</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>يونيو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>July</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>يوليو</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>August</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>أغسطس</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>September</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>October</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>November</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>December</source>
        <extracomment>month names as they stand inside a date (in Polish the genitive: "listopada").</extracomment>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{weekday} {day} {month} {year}</source>
        <extracomment>a meeting's date on printouts. Reorder or punctuate as your language writes dates.</extracomment>
        <translation>{weekday}، {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Something went wrong. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code error.unknown). Shown when something unexpected went wrong (a fault in the program). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>حدث خطأ ما. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That cannot be used. Please check it and try again.</source>
        <extracomment>An error message shown to a person (code input.invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استخدام ذلك. يُرجى التحقق منه والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be found. It may have been removed.</source>
        <extracomment>An error message shown to a person (code not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر العثور على ذلك. ربما تمت إزالته.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code file.no_space). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>القرص ممتلئ. يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use that file or folder. Please choose another one.</source>
        <extracomment>An error message shown to a person (code file.not_allowed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يُسمح لـ CoProd Desktop باستخدام هذا الملف أو المجلد. يُرجى اختيار غيره.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That place is read-only, so nothing can be saved there. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا المكان للقراءة فقط، فلا يمكن حفظ شيء فيه. يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file or folder is not there any more. It may have been moved or removed.</source>
        <extracomment>An error message shown to a person (code file.not_found). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف أو المجلد لم يعد موجودًا. ربما نُقل أو أُزيل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The file could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّرت قراءة الملف أو الكتابة فيه. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder: please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.is_folder). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} مجلد: يُرجى كتابة اسم ملف ينتهي بـ {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The folder {folder} does not exist.</source>
        <extracomment>An error message shown to a person (code file.no_folder). {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} does not end in {suffix}. Please give a file name ending in {suffix}.</source>
        <extracomment>An error message shown to a person (code file.wrong_suffix). {file}: a file name. {suffix}: the end of a file name, such as .pdf. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} لا ينتهي بـ {suffix}. يُرجى كتابة اسم ملف ينتهي بـ {suffix}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to use {file}. Please choose another file or folder.</source>
        <extracomment>An error message shown to a person (code file.not_allowed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يُسمح لـ CoProd Desktop باستخدام {file}. يُرجى اختيار ملف أو مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file or folder {file}.</source>
        <extracomment>An error message shown to a person (code file.not_found_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد ملف أو مجلد باسم {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read or written. Please try again.</source>
        <extracomment>An error message shown to a person (code file.failed_named). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّرت قراءة {file} أو الكتابة فيه. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} cannot be saved: the folder {folder} cannot be written to. Please choose another folder.</source>
        <extracomment>An error message shown to a person (code file.folder_not_writable). {file}: a file name. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن حفظ {file}: لا يمكن الكتابة في المجلد {folder}. يُرجى اختيار مجلد آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text was expected.</source>
        <extracomment>An error message shown to a person (code text.not_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>كان المتوقَّع نصًّا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the meeting title.</source>
        <extracomment>An error message shown to a person (code meeting.title_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة عنوان الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting title is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.title_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>عنوان الاجتماع طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The place is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.place_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>المكان طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The date '{value}' is not a date. Please write it like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code meeting.date_invalid). 2026-11-26 is how the date must be written: keep it as it is. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس تاريخًا. يُرجى كتابته هكذا: 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting with the id {id}.</source>
        <extracomment>An error message shown to a person (code meeting.missing). {id}: a meeting's id (letters, numbers and dashes). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد اجتماع بالمعرّف {id}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The purpose is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.purpose_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الغرض طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A decision is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.decision_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أحد القرارات طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} decisions. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.decisions_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>عدد القرارات {count}. يرجى ألا يزيد العدد على {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A next step is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_step_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>إحدى الخطوات التالية طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are {count} next steps. Please keep it to {limit} or fewer.</source>
        <extracomment>An error message shown to a person (code meeting.next_steps_too_many). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>عدد الخطوات التالية {count}. يرجى ألا يزيد العدد على {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The next meeting is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.next_meeting_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>وصف الاجتماع القادم طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contact is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code meeting.contact_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>بيانات الاتصال طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a time. Please write it like 14:00.</source>
        <extracomment>An error message shown to a person (code meeting.time_not_understood). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>«{value}» ليس وقتًا. يرجى كتابته هكذا: 14:00.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting ends at {ends}, before it starts at {starts}. Please check the times.</source>
        <extracomment>An error message shown to a person (code meeting.times_backwards). {ends}: a time of day, like 15:30. {starts}: a time of day, like 14:00. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>ينتهي الاجتماع الساعة {ends}، قبل أن يبدأ الساعة {starts}. يرجى التحقق من الأوقات.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The organisation's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code settings.organisation_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اسم المؤسسة طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of months. Please give a whole number from 1 to {limit}.</source>
        <extracomment>An error message shown to a person (code retention.months_invalid). {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس عددًا من الأشهر. يُرجى كتابة عدد صحيح من 1 إلى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the person's name.</source>
        <extracomment>An error message shown to a person (code person.name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة اسم الشخص.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The person's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code person.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اسم الشخص طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not known on this laptop.</source>
        <extracomment>An error message shown to a person (code person.unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الشخص غير معروف على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الشخص لا يشارك في هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already taking part in this meeting.</source>
        <extracomment>An error message shown to a person (code person.already_here). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} يشارك في هذا الاجتماع بالفعل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has contributed to this meeting, so they stay on the list.</source>
        <extracomment>An error message shown to a person (code person.has_contributed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} ساهم في هذا الاجتماع، لذلك يبقى في القائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} already has the {colour} {shape} marker. Please choose another colour or shape.</source>
        <extracomment>An error message shown to a person (code person.marker_taken). {colour} {shape} is a marker, such as 'orange circle': reorder as your language needs. {name}: a person's name or a file name, as typed. {colour}: a marker colour, from the Markers words (orange, sky blue...). {shape}: a marker shape, from the Markers words (circle, square...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه العلامة ({shape}، اللون {colour}) لدى {name} بالفعل. يُرجى اختيار لون أو شكل آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code person.name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة اسم فيه حرف أو رقم واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type a chosen name with at least one letter or number.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_no_letter). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة اسم مختار فيه حرف أو رقم واحد على الأقل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the name they want to be credited as.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة الاسم الذي يريد الشخص أن يُنسب إليه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The name they want to be credited as is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الاسم الذي يريد الشخص أن يُنسب إليه طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A chosen name is only used when the person is credited by a chosen name.</source>
        <extracomment>An error message shown to a person (code credit.chosen_name_unused). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يُستخدم الاسم المختار إلا عندما يُنسب الشخص باسم يختاره.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to credit a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code credit.style_unknown). {choices} are the program's own names (full_name, initials...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>طريقة غير معروفة لنسب الشخص: '{value}'. استخدم واحدة من: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All {count} markers are in use in this meeting. Please start a second meeting for more people.</source>
        <extracomment>An error message shown to a person (code marker.all_taken). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>كل العلامات ({count}) مستخدمة في هذا الاجتماع. يُرجى بدء اجتماع ثانٍ لمزيد من الأشخاص.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker colour: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.colour_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لون علامة غير معروف: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown marker shape: '{value}'.</source>
        <extracomment>An error message shown to a person (code marker.shape_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>شكل علامة غير معروف: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note about consent is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الملاحظة عن الموافقة طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has not agreed to a photo being used. Record their consent first.</source>
        <extracomment>An error message shown to a person (code consent.no_photo). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} لم يوافق على استخدام صورة له. يُرجى تسجيل موافقته أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.kind_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>نوع موافقة غير معروف: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way of asking for consent: '{value}'.</source>
        <extracomment>An error message shown to a person (code consent.how_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>طريقة غير معروفة لطلب الموافقة: '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown way to name a person: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code consent.naming_unknown). {choices} are the program's own names (full_name, anonymous...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>طريقة غير معروفة لتسمية الشخص: '{value}'. استخدم واحدة من: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>What the person was told is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code consent.told_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>ما قيل للشخص طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} said no to take-home documents, so none are made for them.</source>
        <extracomment>An error message shown to a person (code consent.no_take_home). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>رفض {name} الوثائق التي يأخذها إلى البيت، لذلك لا تُعدّ له.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the prompt.</source>
        <extracomment>An error message shown to a person (code prompt.text_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة الموضوع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The prompt is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code prompt.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الموضوع طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt does not exist.</source>
        <extracomment>An error message shown to a person (code prompt.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الموضوع غير موجود.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The contribution is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code contribution.text_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>المساهمة طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type what they said or choose at least one picture card.</source>
        <extracomment>An error message shown to a person (code contribution.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة ما قاله الشخص أو اختيار بطاقة صورة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A contribution can have at most {limit} picture cards.</source>
        <extracomment>An error message shown to a person (code contribution.too_many_cards). {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يمكن أن تحتوي المساهمة على {limit} بطاقات صور على الأكثر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking: that person is not in this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.speaker_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى اختيار من يتكلم: هذا الشخص ليس في هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That prompt is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.prompt_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الموضوع ليس جزءًا من هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution does not exist.</source>
        <extracomment>An error message shown to a person (code contribution.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه المساهمة غير موجودة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose who is speaking first.</source>
        <extracomment>An error message shown to a person (code room.no_speaker). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى اختيار من يتكلم أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting. Please choose someone from the list.</source>
        <extracomment>An error message shown to a person (code room.not_in_meeting). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الشخص ليس في هذا الاجتماع. يُرجى اختيار شخص من القائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No meeting is open in the room. Please open a meeting first.</source>
        <extracomment>An error message shown to a person (code room.not_open). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد اجتماع مفتوح في القاعة. يُرجى فتح اجتماع أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution was withdrawn: its words are gone, so it cannot be changed.</source>
        <extracomment>An error message shown to a person (code contribution.withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تم سحب هذه المساهمة: حُذفت كلماتها، لذلك لا يمكن تغييرها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That contribution is not part of this meeting.</source>
        <extracomment>An error message shown to a person (code contribution.not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه المساهمة ليست جزءًا من هذا الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>People cannot agree with their own contribution.</source>
        <extracomment>An error message shown to a person (code agreement.own_contribution). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن للشخص أن يوافق على مساهمته.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That person is not in this meeting, so they cannot agree here.</source>
        <extracomment>An error message shown to a person (code agreement.person_not_here). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الشخص ليس في هذا الاجتماع، لذلك لا يمكنه الموافقة هنا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown kind of support: '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code support.role_unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>نوع دعم غير معروف: '{value}'. استخدم واحدًا من: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The supporter's name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code support.name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اسم الداعم طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is nothing to undo.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_undo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد شيء للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A withdrawn contribution cannot be brought back: its words were erased.</source>
        <extracomment>An error message shown to a person (code room.undo_withdrawn). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استعادة مساهمة مسحوبة: فقد مُحيت كلماتها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>This meeting has no prompts yet, so nobody can pass on one.</source>
        <extracomment>An error message shown to a person (code room.no_prompt). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد أسئلة في هذا الاجتماع بعد، لذلك لا يمكن لأحد أن يتخطى سؤالًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no contribution waiting to be confirmed.</source>
        <extracomment>An error message shown to a person (code room.nothing_to_confirm). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد مساهمة تنتظر التأكيد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name}, would you like to say something?</source>
        <extracomment>An error message shown to a person (code room.invitation). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name}، هل تريد أن تقول شيئًا؟</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no picture card '{card}'.</source>
        <extracomment>An error message shown to a person (code card.missing). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد بطاقة صورة '{card}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's words.</source>
        <extracomment>An error message shown to a person (code card.label_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة كلمات البطاقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's words are too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.label_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>كلمات البطاقة طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's group.</source>
        <extracomment>An error message shown to a person (code card.group_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة مجموعة البطاقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's group is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.group_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>مجموعة البطاقة طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the card's source.</source>
        <extracomment>An error message shown to a person (code card.source_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة مصدر البطاقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The card's source is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.source_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>مصدر البطاقة طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The licence is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.licence_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الترخيص طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The author is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.author_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اسم المؤلف طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The other word is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code card.other_word_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الكلمة الأخرى طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code card.picture_not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن حفظ هذه الصورة: لم تُجهَّز لـ CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card has no stored picture.</source>
        <extracomment>An error message shown to a person (code card.no_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد صورة محفوظة لهذه البطاقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Only cards that people brought can be removed.</source>
        <extracomment>An error message shown to a person (code card.not_brought). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن إزالة إلا البطاقات التي أحضرها الأشخاص.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That card is used in a meeting, so it stays.</source>
        <extracomment>An error message shown to a person (code card.in_use). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه البطاقة مستخدمة في اجتماع، لذلك تبقى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There are no picture cards to export.</source>
        <extracomment>An error message shown to a person (code board.no_cards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد بطاقات صور لتصديرها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is not a picture CoProd Desktop can open. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.not_a_picture). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف ليس صورة يستطيع CoProd Desktop فتحها. يُرجى اختيار ملف صورة مثل JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is empty. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.empty). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف فارغ. يُرجى اختيار ملف صورة مثل JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is damaged or incomplete, so it cannot be used. Please choose another copy of it.</source>
        <extracomment>An error message shown to a person (code picture.damaged). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه الصورة تالفة أو ناقصة، فلا يمكن استخدامها. يُرجى اختيار نسخة أخرى منها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), not a photo. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_photo). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف رسم (SVG) وليس صورة فوتوغرافية. يُرجى اختيار ملف صورة مثل JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a drawing (SVG), which CoProd Desktop cannot use safely yet. Please save it as a PNG picture and choose that.</source>
        <extracomment>An error message shown to a person (code picture.svg_as_card). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف رسم (SVG) لا يستطيع CoProd Desktop استخدامه بأمان بعد. يُرجى حفظه كصورة PNG واختيارها.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a PDF document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.pdf). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف مستند PDF وليس صورة. يُرجى اختيار ملف صورة مثل JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is a web page or text document, not a picture. Please choose a photo or picture file such as JPEG or PNG.</source>
        <extracomment>An error message shown to a person (code picture.web_page). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف صفحة ويب أو مستند نصي وليس صورة. يُرجى اختيار ملف صورة مثل JPEG أو PNG.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo is in the HEIC format, which CoProd Desktop cannot open. Please save it as a JPEG first.</source>
        <extracomment>An error message shown to a person (code picture.heic). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه الصورة بصيغة HEIC التي لا يستطيع CoProd Desktop فتحها. يُرجى حفظها بصيغة JPEG أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is not enough memory to open that picture. Please close other programs or choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.no_memory). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد ذاكرة كافية لفتح هذه الصورة. يُرجى إغلاق برامج أخرى أو اختيار صورة أصغر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That file is too big ({size_mb} MB). Please choose a picture smaller than {limit_mb} MB.</source>
        <extracomment>An error message shown to a person (code picture.too_big). {size_mb}: a size in megabytes, such as 12.5. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا الملف كبير جدًا ({size_mb} ميغابايت). يُرجى اختيار صورة أصغر من {limit_mb} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture has too many pixels to open safely (more than {millions} million). Please choose a smaller picture.</source>
        <extracomment>An error message shown to a person (code picture.too_many_pixels). {millions}: a number of millions, such as 50. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>في هذه الصورة عدد كبير جدًا من البكسلات لفتحها بأمان (أكثر من {millions} مليون). يُرجى اختيار صورة أصغر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too small to see ({width} × {height} pixels). Please choose one at least {min_side} pixels on each side.</source>
        <extracomment>An error message shown to a person (code picture.too_small). {width}: a number of pixels. {height}: a number of pixels. {min_side}: a number of pixels. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه الصورة أصغر من أن تُرى ({width} × {height} بكسل). يُرجى اختيار صورة لا يقل كل جانب منها عن {min_side} بكسل.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That picture is too long and thin to show. Please crop it first, then choose it again.</source>
        <extracomment>An error message shown to a person (code picture.too_thin). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذه الصورة طويلة ورفيعة جدًا فلا يمكن عرضها. يُرجى قصّها أولًا ثم اختيارها مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no file called {file} any more. Please choose the picture again.</source>
        <extracomment>An error message shown to a person (code picture.file_gone). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لم يعد هناك ملف باسم {file}. يُرجى اختيار الصورة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop is not allowed to open {file}.</source>
        <extracomment>An error message shown to a person (code picture.not_allowed). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يُسمح لـ CoProd Desktop بفتح {file}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} could not be read. Please choose it again, or choose another picture.</source>
        <extracomment>An error message shown to a person (code picture.unreadable). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّرت قراءة {file}. يُرجى اختياره مرة أخرى أو اختيار صورة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is a folder, not a picture. Please choose a picture file inside it.</source>
        <extracomment>An error message shown to a person (code picture.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} مجلد وليس صورة. يُرجى اختيار ملف صورة داخله.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not an ordinary file, so it cannot be used as a picture.</source>
        <extracomment>An error message shown to a person (code picture.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} ليس ملفًا عاديًا، فلا يمكن استخدامه كصورة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That photo cannot be stored: it was not prepared for CoProd Desktop.</source>
        <extracomment>An error message shown to a person (code photo.not_prepared). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن حفظ هذه الصورة: لم تُجهَّز لـ CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The preferred name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.preferred_name_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الاسم المفضّل طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The formats must be a list such as Easy Read, Large print or Audio.</source>
        <extracomment>An error message shown to a person (code profile.formats_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن تكون الصيغ قائمة مثل: سهل القراءة، أو الطباعة الكبيرة، أو الصوت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a format CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.format_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليست صيغة يعرفها CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of interpreter CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس نوع مترجم يعرفه CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a way of using the laptop CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.access_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليست طريقة لاستخدام الحاسوب يعرفها CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a switch set-up CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.switch_mode_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس إعداد مفتاح يعرفه CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a card size CoProd Desktop knows.</source>
        <extracomment>An error message shown to a person (code profile.card_size_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس حجم بطاقة يعرفه CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please choose a language from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى اختيار لغة من القائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language CoProd Desktop knows. Please choose one from the list.</source>
        <extracomment>An error message shown to a person (code profile.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليست لغة يعرفها CoProd Desktop. يُرجى اختيار لغة من القائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please type the language the interpreter speaks.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة اللغة التي يتكلمها المترجم.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The interpreter's language is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.interpreter_language_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لغة المترجم طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون الوقت على كل عنصر بين {low} و{high} ثانية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time to hold the switch must be from {low} to {high} seconds.</source>
        <extracomment>An error message shown to a person (code profile.switch_hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون وقت الضغط على المفتاح بين {low} و{high} ثانية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice name is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.voice_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اسم الصوت طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note for the facilitator is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code profile.notes_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الملاحظة للميسّر طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Text size must be between {low}% and {high}%, in steps of {step}%.</source>
        <extracomment>An error message shown to a person (code appearance.text_scale_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. {step}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون حجم النص بين {low}% و{high}%، بخطوات من {step}%.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the colour themes in the list.</source>
        <extracomment>An error message shown to a person (code appearance.theme_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اختر أحد ألوان العرض في القائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Choose one of the fonts in the list.</source>
        <extracomment>An error message shown to a person (code appearance.font_unknown). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>اختر أحد الخطوط في القائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Reduced motion must be on or off.</source>
        <extracomment>An error message shown to a person (code appearance.reduced_motion_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون تقليل الحركة مفعّلًا أو متوقفًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a colour: write it as #RRGGBB, for example #1A4FD6.</source>
        <extracomment>An error message shown to a person (code colour.invalid). #RRGGBB and #1A4FD6 are how colours are written: keep them as they are. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس لونًا: اكتبه هكذا #RRGGBB، مثلًا #1A4FD6.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Opacity must be between 0 and 1, not {value}.</source>
        <extracomment>An error message shown to a person (code colour.opacity_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن تكون درجة العتامة بين 0 و1، وليس {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Scanning must use one switch or two switches.</source>
        <extracomment>An error message shown to a person (code scanning.mode_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يستخدم المسح مفتاحًا واحدًا أو مفتاحين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The time on each item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.step_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون الوقت على كل عنصر بين {low} و{high} ثانية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The extra time on the first item must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.first_item_extra_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون الوقت الإضافي على العنصر الأول بين {low} و{high} ثانية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>How long to hold the switch must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.hold_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن تكون مدة الضغط على المفتاح بين {low} و{high} ثانية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The pause after a press must be between {low} and {high} seconds.</source>
        <extracomment>An error message shown to a person (code scanning.debounce_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن تكون الاستراحة بعد الضغط بين {low} و{high} ثانية.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of rounds before scanning stops must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.passes_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون عدد الجولات قبل توقف المسح عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The number of items in a block must be a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code scanning.block_size_out_of_range). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون عدد العناصر في المجموعة عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Spoken cues must be on or off.</source>
        <extracomment>An error message shown to a person (code scanning.spoken_cues_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن تكون التنبيهات المنطوقة مفعّلة أو متوقفة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Unknown language '{value}'.</source>
        <extracomment>An error message shown to a person (code speech.language_unknown). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لغة غير معروفة '{value}'.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The reading speed must be a whole number from {low} to {high} words a minute.</source>
        <extracomment>An error message shown to a person (code speech.rate_invalid). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن تكون سرعة القراءة عددًا صحيحًا من {low} إلى {high} كلمة في الدقيقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The volume must be between 0 and 1.</source>
        <extracomment>An error message shown to a person (code speech.volume_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب أن يكون مستوى الصوت بين 0 و1.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a language code such as “en” or “cy”.</source>
        <extracomment>An error message shown to a person (code speech.language_tag_invalid). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس رمز لغة مثل «en» أو «cy».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>A voice must be named by its id, or left unset.</source>
        <extracomment>An error message shown to a person (code speech.voice_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يجب تسمية الصوت بمعرّفه، أو تركه دون تحديد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no speech engine can run on this computer.</source>
        <extracomment>An error message shown to a person (code speech.unavailable). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: لا يمكن تشغيل أي محرك نطق على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That could not be read aloud. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّرت قراءة ذلك بصوت عالٍ. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper could not start.</source>
        <extracomment>An error message shown to a person (code speech.helper_failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: تعذّر تشغيل مساعد النطق.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech helper stopped while starting. {reason}</source>
        <extracomment>An error message shown to a person (code speech.helper_stopped_starting). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: توقف مساعد النطق أثناء التشغيل. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is switched off on this computer (COPROD_SPEECH_DRIVER is set to “none”). Remove that setting and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.switched_off). COPROD_SPEECH_DRIVER is the name of a setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق مُطفأ على هذا الحاسوب (قيمة COPROD_SPEECH_DRIVER هي «none»). أزل هذا الإعداد وشغّل CoProd Desktop مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: no voices are installed. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_voices). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: لا توجد أصوات مثبّتة. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the espeak-ng speech engine is not installed on this computer. {reason}</source>
        <extracomment>An error message shown to a person (code speech.no_espeak). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: محرك النطق espeak-ng غير مثبّت على هذا الحاسوب. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine '{value}' does not exist. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_unknown). {value}: what was given, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: محرك النطق '{value}' غير موجود. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: the speech engine could not start. {reason}</source>
        <extracomment>An error message shown to a person (code speech.engine_failed). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: تعذّر تشغيل محرك النطق. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off: a part of CoProd Desktop is missing (pyttsx3). Reinstall CoProd Desktop and start it again.</source>
        <extracomment>An error message shown to a person (code speech.pyttsx3_missing). pyttsx3 is the name of a program part: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف: جزء من CoProd Desktop مفقود (pyttsx3). أعد تثبيت CoProd Desktop وشغّله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Install espeak-ng (sudo apt install espeak-ng) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_linux). espeak-ng and sudo apt install espeak-ng are a name and a command: keep them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>ثبّت espeak-ng (sudo apt install espeak-ng) وشغّل CoProd Desktop مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a Windows voice is installed (Settings, Time and language, Speech) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_windows). Name the Windows settings as a Windows in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تأكد من تثبيت صوت في Windows (الإعدادات، الوقت واللغة، الكلام) وشغّل CoProd Desktop مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Check that a system voice is installed (System Settings, Accessibility, Spoken Content) and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.how_mac). Name the macOS settings as a Mac in your language shows them. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تأكد من تثبيت صوت للنظام (إعدادات النظام، تسهيلات الاستخدام، المحتوى المنطوق) وشغّل CoProd Desktop مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech engine stopped responding. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.engine_stuck). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>توقف محرك النطق عن الاستجابة. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech stopped unexpectedly. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>توقف النطق على نحو غير متوقع. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech has been closed.</source>
        <extracomment>An error message shown to a person (code speech.closed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تم إغلاق النطق.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech settings cannot be used. Please check them and try again.</source>
        <extracomment>An error message shown to a person (code speech.settings_invalid). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استخدام إعدادات النطق. يُرجى التحقق منها والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The text could not be turned into speech. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.not_spoken). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تحويل النص إلى كلام. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played. Please try again.</source>
        <extracomment>An error message shown to a person (code speech.no_sound). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: this computer has no working sound output.</source>
        <extracomment>An error message shown to a person (code speech.no_sound_output). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت: لا يوجد مخرج صوت يعمل في هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player did not finish.</source>
        <extracomment>An error message shown to a person (code speech.player_unfinished). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت: لم ينتهِ مشغّل الصوت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player ({name}) stopped with an error.</source>
        <extracomment>An error message shown to a person (code speech.player_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت: توقف مشغّل الصوت ({name}) بسبب خطأ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” could not start.</source>
        <extracomment>An error message shown to a person (code speech.player_not_started). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت: تعذّر تشغيل مشغّل الصوت «{name}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing). COPROD_AUDIO_PLAYER is the name of a setting: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت: مشغّل الصوت «{name}» غير مثبّت. اضبط COPROD_AUDIO_PLAYER على أمر مشغّل، وشغّل CoProd Desktop مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No sound could be played: the audio player “{name}” is not installed. Install alsa-utils (sudo apt install alsa-utils) or set COPROD_AUDIO_PLAYER to a player command, and start CoProd Desktop again.</source>
        <extracomment>An error message shown to a person (code speech.player_missing_linux). alsa-utils, sudo apt install alsa-utils and COPROD_AUDIO_PLAYER are names and a command: keep them. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تشغيل الصوت: مشغّل الصوت «{name}» غير مثبّت. ثبّت alsa-utils (sudo apt install alsa-utils) أو اضبط COPROD_AUDIO_PLAYER على أمر مشغّل، وشغّل CoProd Desktop مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voices are installed, so nothing can be read aloud.</source>
        <extracomment>An error message shown to a person (code speech.voice_none). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد أصوات مثبتة، لذلك لا يمكن قراءة أي شيء بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed; reading with another voice for {language} instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_missing). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الصوت “{voice}” غير مثبت؛ تتم القراءة بصوت آخر للغة {language} بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing). Not an error: said while reading aloud goes on in English. {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد صوت مثبت للغة {language}؛ تتم القراءة بالإنجليزية بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_other). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد صوت مثبت للغة {language}؛ تتم القراءة بالصوت “{other_voice}” بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No voice for {language} is installed; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.language_voice_missing_standard). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد صوت مثبت للغة {language}؛ تتم القراءة بالصوت الافتراضي بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading in English instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الصوت “{voice}” غير مثبت، ولا يوجد صوت مثبت للغة {language}؛ تتم القراءة بالإنجليزية بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” is not installed, and no voice for {language} is; reading with the voice “{other_voice}” instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_and_language_missing_other). {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). {language}: a language's name, from the Languages words (Welsh, Polish...). {other_voice}: the name of another speech voice on the computer (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الصوت “{voice}” غير مثبت، ولا يوجد صوت مثبت للغة {language}؛ تتم القراءة بالصوت “{other_voice}” بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The voice “{voice}” could not be used; reading with the standard voice instead.</source>
        <extracomment>An error message shown to a person (code speech.voice_not_usable). Not an error: said while reading aloud goes on with another voice. {voice}: the name of a speech voice on the computer, such as gmw/en (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر استخدام الصوت “{voice}”؛ تتم القراءة بالصوت الافتراضي بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no text to save as audio.</source>
        <extracomment>An error message shown to a person (code audio.no_text). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يوجد نص لحفظه كصوت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio file could not be saved. {reason}</source>
        <extracomment>An error message shown to a person (code audio.not_saved). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ الملف الصوتي. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Making the audio took too long, so it was stopped.</source>
        <extracomment>An error message shown to a person (code audio.too_slow). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>استغرق إنشاء الصوت وقتًا طويلًا جدًا، فتم إيقافه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The speech helper stopped before the audio was made.</source>
        <extracomment>An error message shown to a person (code audio.helper_stopped). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>توقف مساعد النطق قبل إنشاء الصوت.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The audio could not be made. Please try again.</source>
        <extracomment>An error message shown to a person (code audio.not_made). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر إنشاء الصوت. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Speech is off on this computer, so the sound file cannot be made.</source>
        <extracomment>An error message shown to a person (code audio.speech_off). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النطق متوقف على هذا الحاسوب، فلا يمكن إنشاء الملف الصوتي.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>CoProd Desktop has no language '{value}'. Use one of: {choices}.</source>
        <extracomment>An error message shown to a person (code language.unknown). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد في CoProd Desktop لغة '{value}'. استخدم واحدة من: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a prompt in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_prompt). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد «{title}»: موضوع في الملف ينتمي بالفعل إلى اجتماع آخر على هذا الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: a contribution in the file already belongs to another meeting on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.other_meeting_contribution). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد «{title}»: مساهمة في الملف تنتمي بالفعل إلى اجتماع آخر على هذا الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: it clashes with data on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.clash). {title}: a meeting's title, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد «{title}»: يتعارض مع بيانات على هذا الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: the picture card “{label}” ({card}) is not on this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.card_missing). {title}: a meeting's title, as typed. {label}: a picture card's words. {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد «{title}»: بطاقة الصورة «{label}» ({card}) غير موجودة على هذا الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a meeting export file.</source>
        <extracomment>An error message shown to a person (code import.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه مجلد وليس ملف تصدير اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a file.</source>
        <extracomment>An error message shown to a person (code import.not_a_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a meeting export (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code import.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه أكبر من أن يكون تصدير اجتماع (أكثر من {limit_mb} ميغابايت).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: there is no such file.</source>
        <extracomment>An error message shown to a person (code import.no_file). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: لا يوجد ملف كهذا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it cannot be read. {reason}</source>
        <extracomment>An error message shown to a person (code import.unreadable). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: تعذّرت قراءته. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is empty.</source>
        <extracomment>An error message shown to a person (code import.empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه فارغ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not a meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_utf8). UTF-8 is the name of a text encoding: keep it as it is. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس نصًّا بترميز UTF-8، فهو ليس تصدير اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not valid JSON (line {line}, column {column}).</source>
        <extracomment>An error message shown to a person (code import.not_json). JSON is the name of a file format: keep it as it is. {file}: a file name. {line}: a line number. {column}: a column number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس JSON صالحًا (السطر {line}، العمود {column}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a meeting export.</source>
        <extracomment>An error message shown to a person (code import.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: تداخله عميق جدًا بحيث لا يكون تصدير اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the field {name} appears twice in one place.</source>
        <extracomment>An error message shown to a person (code import.field_twice). {file}: a file name. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: الحقل {name} يظهر مرتين في مكان واحد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.odd_value). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه قيمة لا توجد في أي تصدير اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a CoProd Desktop meeting export.</source>
        <extracomment>An error message shown to a person (code import.not_export). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس تصدير اجتماع من CoProd Desktop.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has an unknown format version: {value}.</source>
        <extracomment>An error message shown to a person (code import.unknown_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إصدار الصيغة فيه غير معروف: {value}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it was made by a newer version of CoProd Desktop (format version {value}). Please update CoProd Desktop to import it.</source>
        <extracomment>An error message shown to a person (code import.newer_version). {file}: a file name. {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: أُنشئ بإصدار أحدث من CoProd Desktop (إصدار الصيغة {value}). يُرجى تحديث CoProd Desktop لاستيراده.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has neither words nor picture cards.</source>
        <extracomment>An error message shown to a person (code import.nothing_said). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: ليس في {field} كلمات ولا بطاقات صور.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {card} is not in the list of cards.</source>
        <extracomment>An error message shown to a person (code import.card_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {card}: a picture card's id, such as feeling-happy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} {card} غير موجود في قائمة البطاقات.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is credited to someone who is not among the people in the file.</source>
        <extracomment>An error message shown to a person (code import.person_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} منسوب إلى شخص ليس بين الأشخاص في الملف.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not one of the prompts in the file.</source>
        <extracomment>An error message shown to a person (code import.prompt_not_listed). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس من المواضيع في الملف.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is missing.</source>
        <extracomment>An error message shown to a person (code import.field_missing). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} مفقود.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a field a meeting export has.</source>
        <extracomment>An error message shown to a person (code import.field_unknown). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس حقلًا في تصدير الاجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is empty.</source>
        <extracomment>An error message shown to a person (code import.field_empty). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} فارغ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_long). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} طويل جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has {count} items, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code import.too_many). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: في {field} {count} عنصرًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} lists the same thing twice.</source>
        <extracomment>An error message shown to a person (code import.listed_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} يذكر الشيء نفسه مرتين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is the same as {other}.</source>
        <extracomment>An error message shown to a person (code import.same_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {other}: another place in the file, such as people[2].id (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} مطابق لـ {other}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not text.</source>
        <extracomment>An error message shown to a person (code import.not_text). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس نصًّا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a list.</source>
        <extracomment>An error message shown to a person (code import.not_list). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس قائمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a JSON object.</source>
        <extracomment>An error message shown to a person (code import.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس كائن JSON.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a number.</source>
        <extracomment>An error message shown to a person (code import.not_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس رقمًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not a whole number.</source>
        <extracomment>An error message shown to a person (code import.not_whole_number). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an id.</source>
        <extracomment>An error message shown to a person (code import.not_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس معرّفًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a picture card id.</source>
        <extracomment>An error message shown to a person (code import.not_card_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} {value} ليس معرّف بطاقة صورة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a date written like 2026-11-26.</source>
        <extracomment>An error message shown to a person (code import.not_date). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} {value} ليس تاريخًا مكتوبًا هكذا: 2026-11-26.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is not a UTC time written like 2026-11-26T10:00:00Z.</source>
        <extracomment>An error message shown to a person (code import.not_time). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} {value} ليس وقتًا بتوقيت UTC مكتوبًا هكذا: 2026-11-26T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is {value}, which is not one of: {choices}.</source>
        <extracomment>An error message shown to a person (code import.not_one_of). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: قيمة {field} هي {value}، وهي ليست واحدة من: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} must be from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code import.out_of_range). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: يجب أن يكون {field} من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the right kind of value.</source>
        <extracomment>An error message shown to a person (code import.wrong_type). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس من النوع الصحيح.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} has a value no meeting export has.</source>
        <extracomment>An error message shown to a person (code import.wrong_value). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: في {field} قيمة لا توجد في أي تصدير اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} cannot be used. {reason}</source>
        <extracomment>An error message shown to a person (code import.value_refused). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: لا يمكن استخدام {field}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Imported “{title}”. People added: {people}. Prompts added: {prompts}. Contributions added: {contributions}. Already here: {already}.</source>
        <extracomment>An error message shown to a person (code import.done). Not an error: said after a meeting export file was imported. {title}: a meeting's title, as typed. {people}: a number. {prompts}: a number. {contributions}: a number. {already}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تم استيراد “{title}”. الأشخاص المضافون: {people}. الموضوعات المضافة: {prompts}. المساهمات المضافة: {contributions}. موجودة هنا من قبل: {already}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Communication profiles added: {count}.</source>
        <extracomment>An error message shown to a person (code import.profiles_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>ملفات التواصل المضافة: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import “{title}”: {ref} is not one of the differences between the file and this laptop. Nothing was imported.</source>
        <extracomment>An error message shown to a person (code import.not_a_conflict). {title}: a meeting's title, as typed. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد «{title}»: {ref} ليس من الاختلافات بين الملف وهذا الحاسوب. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Withdrawn in the file, so withdrawn here too: {count}.</source>
        <extracomment>An error message shown to a person (code import.withdrawn_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>مسحوبة في الملف، فسُحبت هنا أيضًا: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s meeting details ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_meeting). Not an error: a meeting differed between a file and this laptop; this laptop's was kept. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>احتُفظ بتفاصيل الاجتماع من هذا الحاسوب ({ref}): «{mine}». في الملف: «{theirs}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s meeting details ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_meeting). Not an error: a meeting differed between a file and this laptop; the file's was taken. {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أُخذت تفاصيل الاجتماع من الملف ({ref}): «{theirs}». كان على هذا الحاسوب: «{mine}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s prompt ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>احتُفظ بالموضوع من هذا الحاسوب ({ref}): «{mine}». في الملف: «{theirs}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s prompt ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_prompt). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أُخذ الموضوع من الملف ({ref}): «{theirs}». كان على هذا الحاسوب: «{mine}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept this laptop’s contribution ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>احتُفظ بالمساهمة من هذا الحاسوب ({ref}): «{mine}». في الملف: «{theirs}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took the file’s contribution ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_contribution). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أُخذت المساهمة من الملف ({ref}): «{theirs}». كان على هذا الحاسوب: «{mine}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Kept how this laptop credits a person ({ref}): “{mine}”. The file says: “{theirs}”.</source>
        <extracomment>An error message shown to a person (code import.kept_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>احتُفظ بطريقة ظهور اسم الشخص على هذا الحاسوب ({ref}): «{mine}». في الملف: «{theirs}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Took how the file credits a person ({ref}): “{theirs}”. This laptop had: “{mine}”.</source>
        <extracomment>An error message shown to a person (code import.took_credit). {ref}: an id of a meeting, prompt, contribution or person (letters, numbers and dashes; keep it). {theirs}: what the imported file has, quoted from the meeting (words, a date, a name). {mine}: what this laptop has, quoted from the meeting (words, a date, a name). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أُخذت طريقة ظهور اسم الشخص من الملف ({ref}): «{theirs}». كان على هذا الحاسوب: «{mine}».</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code export.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ الاجتماع باسم {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a role. The roles are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.role_unknown). {choices} are the program's own names (participant, observer...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس دورًا. الأدوار هي: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a choice of recognition. The choices are: {choices}.</source>
        <extracomment>An error message shown to a person (code involvement.recognition_unknown). {choices} are the program's own names (payment, voucher...): keep them. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس من اختيارات مقابل الوقت. الاختيارات هي: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of minutes. Please give a whole number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code involvement.minutes_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس عددًا من الدقائق. يُرجى كتابة عدد صحيح من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a kind of expense. The kinds are: {choices}.</source>
        <extracomment>An error message shown to a person (code expense.kind_unknown). {choices} are the program's own names (mileage, fare...): keep them as they are. {value}: what was given, as typed. {choices}: the allowed values, joined with commas. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس نوعًا من المصاريف. الأنواع هي: {choices}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not a number of miles. Please give a number from {low} to {high}.</source>
        <extracomment>An error message shown to a person (code expense.miles_invalid). {value}: what was given, as typed. {low}: the smallest number allowed. {high}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس عددًا من الأميال. يُرجى كتابة عدد من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' is not an amount of money. Please write it like 12.50, up to {limit}.</source>
        <extracomment>An error message shown to a person (code expense.amount_invalid). 12.50 is an amount of money in pounds; {limit} is an amount such as £100,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>'{value}' ليس مبلغًا من المال. يُرجى كتابته مثل 12.50، بحد أقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the miles travelled.</source>
        <extracomment>An error message shown to a person (code expense.miles_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة عدد الأميال المقطوعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Please give the amount of money.</source>
        <extracomment>An error message shown to a person (code expense.amount_missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>يُرجى كتابة المبلغ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The note is too long: {length} characters, the most is {limit}.</source>
        <extracomment>An error message shown to a person (code expense.note_too_long). {length}: a number of characters. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الملاحظة طويلة جدًا: {length} حرفًا، والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>That expense is not there any more. It may have been removed.</source>
        <extracomment>An error message shown to a person (code expense.missing). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>هذا المصروف لم يعد موجودًا. ربما تمت إزالته.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>'{value}' cannot be used as a rate. Please write an amount like 0.45, up to {limit}.</source>
        <extracomment>An error message shown to a person (code rates.invalid). 0.45 is an amount of money in pounds; {limit} is an amount such as £1,000.00. {value}: what was given, as typed. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استخدام '{value}' سعرًا. يُرجى كتابة مبلغ مثل 0.45، بحد أقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The end date comes before the start date. Please check the dates.</source>
        <extracomment>An error message shown to a person (code finance.dates_backwards). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تاريخ النهاية قبل تاريخ البداية. يُرجى التحقق من التاريخين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already. A finance export never replaces a file: choose another name.</source>
        <extracomment>An error message shown to a person (code finance.file_exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} موجود بالفعل. التصدير للمالية لا يستبدل ملفًا أبدًا: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The finance export could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code finance.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ التصدير للمالية باسم {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is a folder, not a board file.</source>
        <extracomment>An error message shown to a person (code board.is_folder). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه مجلد وليس ملف لوحة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB).</source>
        <extracomment>An error message shown to a person (code board.too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه أكبر من أن يكون لوحة (أكثر من {limit_mb} ميغابايت).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is too big to be a board (over {limit_mb} MB of text).</source>
        <extracomment>An error message shown to a person (code board.text_too_big). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه أكبر من أن يكون لوحة (أكثر من {limit_mb} ميغابايت من النص).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a part of it is empty.</source>
        <extracomment>An error message shown to a person (code board.part_empty). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: جزء منه فارغ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not UTF-8 text, so it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_utf8). UTF-8 and Open Board Format are names: keep them as they are. {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس نصًّا بترميز UTF-8، فهو ليس لوحة Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is nested far too deeply to be a board.</source>
        <extracomment>An error message shown to a person (code board.too_deep). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: تداخله عميق جدًا بحيث لا يكون لوحة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a number no board has.</source>
        <extracomment>An error message shown to a person (code board.odd_number). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه رقم لا يوجد في أي لوحة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not a readable .obz package (the zip file is damaged).</source>
        <extracomment>An error message shown to a person (code board.zip_damaged). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس حزمة .obz قابلة للقراءة (ملف zip تالف).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds too many files ({count}; the most is {limit}).</source>
        <extracomment>An error message shown to a person (code board.too_many_files). {file}: a file name. {count}: a number. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه ملفات كثيرة جدًا ({count}؛ والحد الأقصى {limit}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it unpacks to more than {limit_mb} MB, too big for a board package.</source>
        <extracomment>An error message shown to a person (code board.too_big_unpacked). {file}: a file name. {limit_mb}: a size in megabytes. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: يصبح بعد فك ضغطه أكثر من {limit_mb} ميغابايت، وهذا كبير جدًا لحزمة لوحة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file whose name leads outside the package ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_outside). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه ملف يقود اسمه إلى خارج الحزمة ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a link to another place ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_link). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه رابط إلى مكان آخر ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file locked with a password ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_locked). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه ملف مقفل بكلمة مرور ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds a file packed in a way .obz packages do not use ({entry}).</source>
        <extracomment>An error message shown to a person (code board.entry_packing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه ملف مضغوط بطريقة لا تستخدمها حزم .obz ({entry}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds two files named {entry}.</source>
        <extracomment>An error message shown to a person (code board.entry_twice). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه ملفان باسم {entry}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is too big.</source>
        <extracomment>An error message shown to a person (code board.entry_too_big). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: الملف {entry} في الحزمة كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} holds more than the package says.</source>
        <extracomment>An error message shown to a person (code board.entry_lies). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: الملف {entry} يحتوي على أكثر مما تذكره الحزمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} in the package is damaged.</source>
        <extracomment>An error message shown to a person (code board.entry_damaged). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: الملف {entry} في الحزمة تالف.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the file {entry} unpacks to far more than it holds (a zip bomb).</source>
        <extracomment>An error message shown to a person (code board.zip_bomb). A zip bomb is a small file made to unpack to something huge, to fill a computer up. {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: الملف {entry} يصبح بعد فك ضغطه أكبر بكثير مما يحتويه (قنبلة zip).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an .obz package (an .obz file is a zip file).</source>
        <extracomment>An error message shown to a person (code board.not_zip). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس حزمة .obz (ملف .obz هو ملف zip).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it has no manifest.json, so it is not an .obz package.</source>
        <extracomment>An error message shown to a person (code board.no_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: ليس فيه manifest.json، فهو ليس حزمة .obz.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: manifest.json is not an Open Board Format manifest.</source>
        <extracomment>An error message shown to a person (code board.not_a_manifest). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: manifest.json ليس بيانًا بصيغة Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the main board named in manifest.json ({entry}) is not in the package.</source>
        <extracomment>An error message shown to a person (code board.root_missing). {file}: a file name. {entry}: the name of a file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: اللوحة الرئيسية المذكورة في manifest.json ({entry}) غير موجودة في الحزمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: the board {board} named in manifest.json is not in the package.</source>
        <extracomment>An error message shown to a person (code board.listed_missing). {file}: a file name. {board}: the name of a board file inside a zip package. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: اللوحة {board} المذكورة في manifest.json غير موجودة في الحزمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it holds more than {limit} boards.</source>
        <extracomment>An error message shown to a person (code board.too_many_boards). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: فيه أكثر من {limit} لوحة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: it is not an Open Board Format board.</source>
        <extracomment>An error message shown to a person (code board.not_a_board). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: إنه ليس لوحة بصيغة Open Board Format.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: a board has more than {limit} buttons.</source>
        <extracomment>An error message shown to a person (code board.too_many_buttons). {file}: a file name. {limit}: the largest number allowed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: في إحدى اللوحات أكثر من {limit} زر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not an object.</source>
        <extracomment>An error message shown to a person (code board.not_object). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس كائنًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not true or false.</source>
        <extracomment>An error message shown to a person (code board.not_true_false). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس صحيحًا أو خطأ.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} is not the id of a button.</source>
        <extracomment>An error message shown to a person (code board.not_button_id). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} ليس معرّف زر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot import {file}: {field} {value} is used by two buttons.</source>
        <extracomment>An error message shown to a person (code board.id_twice). {file}: a file name. {field}: a place in the file, such as people[0].marker (keep it as it is). {value}: what was given, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن استيراد {file}: {field} {value} مستخدم في زرّين.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Picture cards added from “{board_name}”: {count}.</source>
        <extracomment>An error message shown to a person (code board.cards_added). Not an error: said after a board of picture buttons was brought in. {board_name}: the name of a board (a page of picture buttons), as in the file. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>بطاقات الصور المضافة من “{board_name}”: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Of these, word cards (their words are their picture): {count}.</source>
        <extracomment>An error message shown to a person (code board.word_cards_added). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>منها بطاقات كلمات (كلماتها هي صورتها): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cards already here, so not added again: {count}.</source>
        <extracomment>An error message shown to a person (code board.already_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>بطاقات موجودة هنا من قبل، فلم تُضف مرة أخرى: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Buttons left out: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out). Buttons on the board that did not become picture cards. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الأزرار المتروكة: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have no words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_no_words). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأنها بلا كلمات: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they are hidden on the board: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_hidden). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأنها مخفية في اللوحة: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they control the board and are not words: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_control). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأنها تتحكم في اللوحة وليست كلمات: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because they have too many words for a card: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_too_long). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأن كلماتها أكثر مما تتسع له بطاقة: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is on the internet (it is never fetched): {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_online). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأن صورتها على الإنترنت (ولا تُجلب أبدًا): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is an SVG drawing: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_svg). SVG is the name of a picture format: keep it as it is. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأن صورتها رسم SVG: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture is not in the file: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_missing). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأن صورتها ليست في الملف: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Left out because their picture cannot be used: {count}.</source>
        <extracomment>An error message shown to a person (code board.left_out_unusable). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تُركت لأنه لا يمكن استخدام صورتها: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Sounds left out (CoProd Desktop does not use sounds): {count}.</source>
        <extracomment>An error message shown to a person (code board.sounds_left_out). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الأصوات المتروكة (لا يستخدم CoProd Desktop الأصوات): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards on the internet, not followed (CoProd Desktop makes no network calls): {count}.</source>
        <extracomment>An error message shown to a person (code board.links_online). A button on a board can open another board; this counts those not opened. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>روابط إلى لوحات على الإنترنت لم تُتبع (لا يتصل CoProd Desktop بالشبكة): {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Links to boards that are not in this file, not followed: {count}.</source>
        <extracomment>An error message shown to a person (code board.links_not_here). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>روابط إلى لوحات ليست في هذا الملف لم تُتبع: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The PDF could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code pdf.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ ملف PDF باسم {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The copy for screen readers could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code html.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ النسخة الخاصة بقارئات الشاشة باسم {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not be read or written. What you typed is still on the screen.</source>
        <extracomment>An error message shown to a person (code database.failed). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّرت قراءة قاعدة بيانات الاجتماعات أو الكتابة فيها. ما كتبته لا يزال على الشاشة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{path} is a folder, not a meeting database file.</source>
        <extracomment>An error message shown to a person (code database.is_folder). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{path} مجلد وليس ملف قاعدة بيانات اجتماعات.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot read {path}. {reason}</source>
        <extracomment>An error message shown to a person (code database.unreadable). {path}: a file's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن قراءة {path}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.empty). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} فارغ: لا يحتوي على أي اجتماعات. تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is empty: it holds no meetings. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.empty_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} فارغ: لا يحتوي على أي اجتماعات. تُرك كما هو. توجد نسخة احتياطية: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is not a CoProd Desktop meeting database. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.not_a_database). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} ليس قاعدة بيانات اجتماعات لـ CoProd Desktop. تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.damaged). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} تالف ولا يمكن فتحه. تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is damaged and cannot be opened. It was left as it is. A backup is available: {backup}.</source>
        <extracomment>An error message shown to a person (code database.damaged_backup). {name}: a person's name or a file name, as typed. {backup}: the file name of a backup copy. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} تالف ولا يمكن فتحه. تُرك كما هو. توجد نسخة احتياطية: {backup}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is a database from another program, not CoProd Desktop. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.other_program). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} قاعدة بيانات من برنامج آخر، وليس من CoProd Desktop. تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop. Please update CoProd Desktop to open it. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.newer). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>حُفظ {name} بإصدار أحدث من CoProd Desktop. يُرجى تحديث CoProd Desktop لفتحه. تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database could not switch to safe-write mode (WAL).</source>
        <extracomment>An error message shown to a person (code database.no_safe_mode). WAL is the name of a database setting: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر تحويل قاعدة بيانات الاجتماعات إلى وضع الكتابة الآمنة (WAL).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>There is no meeting database at {path}.</source>
        <extracomment>An error message shown to a person (code database.missing). {path}: a file's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد قاعدة بيانات اجتماعات في {path}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot create the folder {folder}. {reason}</source>
        <extracomment>An error message shown to a person (code database.folder_not_made). {folder}: a folder's path. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن إنشاء المجلد {folder}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot write beside {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_write_beside). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن الكتابة بجانب {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Cannot open {name}. {reason}</source>
        <extracomment>An error message shown to a person (code database.cannot_open). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن فتح {name}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} is already open in another CoProd Desktop window. Close that one first.</source>
        <extracomment>An error message shown to a person (code database.in_use). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} مفتوح بالفعل في نافذة أخرى من CoProd Desktop. يُرجى إغلاقها أولًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} cannot be opened safely: the folder {folder} cannot be written to. Move the file to a folder you can write to, or ask for access to this one.</source>
        <extracomment>An error message shown to a person (code database.folder_not_writable). {name}: a person's name or a file name, as typed. {folder}: a folder's path. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا يمكن فتح {name} بأمان: لا يمكن الكتابة في المجلد {folder}. انقل الملف إلى مجلد يمكنك الكتابة فيه، أو اطلب صلاحية الوصول إلى هذا المجلد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by an older version of CoProd Desktop. Open it in CoProd Desktop once to bring it up to date, then try again.</source>
        <extracomment>An error message shown to a person (code database.older). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>حُفظ {name} بإصدار أقدم من CoProd Desktop. افتحه في CoProd Desktop مرة واحدة لتحديثه، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <extracomment>An error message shown to a person (code database.disk_full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>القرص ممتلئ، فلم يُحفظ شيء. يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is read-only, so nothing was saved.</source>
        <extracomment>An error message shown to a person (code database.read_only). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>قاعدة بيانات الاجتماعات للقراءة فقط، فلم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The meeting database is busy in another program, so nothing was saved. Try again.</source>
        <extracomment>An error message shown to a person (code database.busy). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>قاعدة بيانات الاجتماعات مشغولة في برنامج آخر، فلم يُحفظ شيء. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was saved: the meeting database could not be written. Try again.</source>
        <extracomment>An error message shown to a person (code database.not_saved). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لم يُحفظ شيء: تعذّرت الكتابة في قاعدة بيانات الاجتماعات. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} was saved by a newer version of CoProd Desktop or by another program: its version number is not one this program knows. It was left as it is.</source>
        <extracomment>An error message shown to a person (code database.unknown_version). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>حُفظ {name} بإصدار أحدث من CoProd Desktop أو ببرنامج آخر: رقم إصداره ليس رقمًا يعرفه هذا البرنامج. تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file that held the latest changes to {name} (its -wal file) is gone. {name} was left as it is.</source>
        <extracomment>An error message shown to a person (code database.wal_lost). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>قد تكون بعض التغييرات الأخيرة مفقودة: الملف الذي كان يحمل آخر التغييرات على {name} (ملف -wal الخاص به) اختفى. تُرك {name} كما هو.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Some recent changes may be missing: the file of latest changes beside {name} (its -wal file) does not belong to it. Both were left as they are.</source>
        <extracomment>An error message shown to a person (code database.wal_mismatch). -wal is the end of a file's name: keep it as it is. {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>قد تكون بعض التغييرات الأخيرة مفقودة: ملف آخر التغييرات بجانب {name} (ملف -wal الخاص به) لا ينتمي إليه. تُرك الاثنان كما هما.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} can only be read: changes to it cannot be saved.</source>
        <extracomment>An error message shown to a person (code database.read_only_file). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{name} للقراءة فقط: لا يمكن حفظ التغييرات عليه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Whole-file check: no damage found.</source>
        <extracomment>An error message shown to a person (code check.integrity_ok). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>فحص الملف كله: لم يُعثر على تلف.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}), the newest this program knows.</source>
        <extracomment>An error message shown to a person (code check.version). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الإصدار: {number} ({migration})، أحدث ما يعرفه هذا البرنامج.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Version: {number} ({migration}). Opening it in CoProd Desktop brings it up to date.</source>
        <extracomment>An error message shown to a person (code check.version_older). {number}: a number. {migration}: the name of a database version, such as 0007_meeting_details (keep it as it is). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>الإصدار: {number} ({migration}). فتحه في CoProd Desktop يحدّثه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Latest changes (the -wal file): in order.</source>
        <extracomment>An error message shown to a person (code check.log_ok). -wal is the end of a file's name: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>آخر التغييرات (ملف -wal): سليمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Newest good backup: {path} (saved {when}).</source>
        <extracomment>An error message shown to a person (code check.backup). {path}: a file's path. {when}: a date and time, such as 2026-11-26 14:05. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أحدث نسخة احتياطية سليمة: {path} (حُفظت {when}).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No good backup was found.</source>
        <extracomment>An error message shown to a person (code check.no_backup). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لم يُعثر على نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>All is well.</source>
        <extracomment>An error message shown to a person (code check.all_well). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>كل شيء على ما يرام.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{name} has a problem (see above).</source>
        <extracomment>An error message shown to a person (code check.problem). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>في {name} مشكلة (انظر أعلاه).</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup of the meeting database did not check out as a whole copy, so it was deleted: {name} was not kept. Your meetings are unchanged. Try again.</source>
        <extracomment>An error message shown to a person (code backup.check_failed). {name}: a person's name or a file name, as typed. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لم تكن النسخة الاحتياطية لقاعدة بيانات الاجتماعات نسخة كاملة، لذلك حُذفت: لم يُحفظ {name}. اجتماعاتك لم تتغير. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The backup {name} could not be saved. {reason} Your meetings are unchanged.</source>
        <extracomment>An error message shown to a person (code backup.not_saved). {name}: a person's name or a file name, as typed. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ النسخة الاحتياطية {name}. {reason} اجتماعاتك لم تتغير.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is not a whole backup of a meeting database, so it was not used. Nothing was changed.</source>
        <extracomment>An error message shown to a person (code backup.not_whole). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} ليس نسخة احتياطية كاملة لقاعدة بيانات اجتماعات، لذلك لم يُستخدم. لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>{file} is there already: a backup never replaces a file. Choose another name.</source>
        <extracomment>An error message shown to a person (code backup.exists). {file}: a file name. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>{file} موجود بالفعل: النسخة الاحتياطية لا تستبدل ملفًا أبدًا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>The record could not be saved as {file}. {reason}</source>
        <extracomment>An error message shown to a person (code record.not_saved). {file}: a file name. {reason}: another sentence from this list, saying why (for example that the disk is full). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>تعذّر حفظ السجل باسم {file}. {reason}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before today still hold their data until {date}. Backups: {count}.</source>
        <extracomment>An error message shown to a person (code erase.backups_hold). {date}: a date, such as 2027-12-01. {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النسخ الاحتياطية المصنوعة قبل اليوم تبقى فيها بياناته حتى {date}. النسخ الاحتياطية: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Backups made before an upgrade also hold their data until you delete them: {count}.</source>
        <extracomment>An error message shown to a person (code erase.upgrade_backups_kept). {count}: a number. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>النسخ الاحتياطية المصنوعة قبل تحديث البرنامج تبقى فيها بياناته أيضًا حتى تحذفها: {count}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>No backup holds their data.</source>
        <extracomment>An error message shown to a person (code erase.no_backups). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لا توجد نسخة احتياطية فيها بياناته.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>Nothing was changed. Add --yes to erase or anonymise this person.</source>
        <extracomment>An error message shown to a person (code erase.not_confirmed). --yes is a command-line option: keep it as it is. Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>لم يتغير شيء. أضف --yes لمحو هذا الشخص أو إخفاء اسمه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were erased from this laptop, with everything about them.</source>
        <extracomment>An error message shown to a person (code erase.erased). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>مُحي الشخص من هذا الحاسوب، مع كل ما يخصه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/domain/messages.py"/>
        <source>They were anonymised. What they said stays, credited as a former participant.</source>
        <extracomment>An error message shown to a person (code erase.anonymised). Keep it plain and short; keep every {placeholder} as it is.</extracomment>
        <translation>أُخفي اسم الشخص. يبقى ما قاله، منسوبًا إلى مشارك سابق.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Prompt</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Person</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Words</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Cards</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>البطاقات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Time</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Confirmed</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Agreed by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>يوافق عليه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>Supported by</source>
        <extracomment>the column headings of a meeting's contributions saved as a spreadsheet (CSV).</extracomment>
        <translation>بمساعدة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/csv_export.py"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>English</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Welsh</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الويلزية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Polish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>البولندية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Arabic</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Urdu</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الأردية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Punjabi</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>البنجابية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Bengali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>البنغالية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Gujarati</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الغوجاراتية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Romanian</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الرومانية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Portuguese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Spanish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>French</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Somali</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الصومالية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Tamil</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>التاميلية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Turkish</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>التركية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/speech/voices.py"/>
        <source>Chinese</source>
        <extracomment>a language's name as it stands alone or after "for" in a sentence such as "No voice for Welsh is installed". Write it as your language names that language.</extracomment>
        <translation>الصينية</translation>
    </message>
</context>
<context>
    <name>Markers</name>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>orange</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>برتقالي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>sky blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>أزرق فاتح</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>green</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>أخضر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>yellow</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>أصفر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>blue</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>أزرق</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>red</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>أحمر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>purple</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>grey</source>
        <extracomment>colours of people's markers, as said in "orange circle" (see "{colour} {shape}, {initials}").</extracomment>
        <translation>رمادي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>circle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>دائرة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>square</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>مربع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>triangle</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>مثلث</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>diamond</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>معيّن</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>star</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>نجمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>hexagon</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>سداسي</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>heart</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>قلب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>cross</source>
        <extracomment>shapes of people's markers, as said in "orange circle".</extracomment>
        <translation>علامة زائد</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/translations.py"/>
        <source>{colour} {shape}, {initials}</source>
        <extracomment>a person's marker on printouts: its colour, its shape and their initials. Reorder as your language needs, e.g. "{shape}, colour {colour}, {initials}".</extracomment>
        <translation>{shape}، اللون {colour}، {initials}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../coprod_desktop/services/pdf_page.py"/>
        <source>Page {number} of {total}</source>
        <extracomment>the footer of every printed page.</extracomment>
        <translation>الصفحة {number} من {total}</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Take-home sheets for you</source>
        <translation>أوراق لك لتأخذها إلى البيت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your words in reports</source>
        <translation>كلامك في التقارير</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photos of you</source>
        <translation>صورك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Sharing your communication profile</source>
        <translation>مشاركة ملف التواصل الخاص بك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How you are named</source>
        <translation>كيف يظهر اسمك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>first name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>initials</source>
        <translation>الحروف الأولى</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>a name you chose</source>
        <translation>اسم اخترته</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>not named</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>co-facilitator</source>
        <translation>ميسّر مشارك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>expert by experience</source>
        <translation>خبير بالتجربة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>supporter</source>
        <translation>داعم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>nothing chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>payment</source>
        <translation>أجر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>voucher</source>
        <translation>قسيمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>as a volunteer</source>
        <translation>كمتطوع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>mileage</source>
        <translation>بدل الأميال</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>fare</source>
        <translation>أجرة المواصلات</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>parking</source>
        <translation>موقف السيارة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>care</source>
        <translation>الرعاية</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What we hold about you</source>
        <extracomment>the title of the document listing everything held about one person.</extracomment>
        <translation>ما نحتفظ به عنك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you can do</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>ما يمكنك فعله</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to change anything here.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>يمكنك أن تطلب منا تغيير أي شيء هنا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You can ask us to delete it.</source>
        <extracomment>at the end of a person's record.</extracomment>
        <translation>يمكنك أن تطلب منا حذفه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>About you</source>
        <extracomment>heading over a person's own details in their record.</extracomment>
        <translation>عنك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your name: {name}</source>
        <extracomment>in a person's record; {name} is their full name as we keep it.</extracomment>
        <translation>اسمك: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We added you on {date}.</source>
        <extracomment>in a person's record; {date} is when they were first added, in words.</extracomment>
        <translation>أضفناك يوم {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading speed: {rate} words a minute.</source>
        <translation>سرعة القراءة لك: {rate} كلمة في الدقيقة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your reading volume: {volume} out of 100.</source>
        <extracomment>in a person's record; {volume} is a number from 0 to 100.</extracomment>
        <translation>مستوى صوت القراءة لك: {volume} من 100.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>How we thank you: {choice}</source>
        <extracomment>in a person's record; {choice} is payment, voucher, as a volunteer...</extracomment>
        <translation>كيف نشكرك: {choice}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep your communication profile.</source>
        <extracomment>in a person's record: we keep notes on how they like to communicate.</extracomment>
        <translation>نحتفظ بملف التواصل الخاص بك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You like to be called {name}.</source>
        <translation>تحب أن نناديك {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Our notes about you:</source>
        <extracomment>in a person's record, before the facilitator's notes about them.</extracomment>
        <translation>ملاحظاتنا عنك:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We keep this photo of you.</source>
        <translation>نحتفظ بهذه الصورة لك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your photo</source>
        <translation>صورتك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Picture cards with your photo: {count}</source>
        <extracomment>in a person's record; {count} is a number of picture cards.</extracomment>
        <translation>بطاقات صور فيها صورتك: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your consent</source>
        <extracomment>heading over what a person agreed to, in their record.</extracomment>
        <translation>موافقتك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>yes</source>
        <extracomment>the answer "yes" in a person's record ("Photos of you: yes").</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>no</source>
        <extracomment>the answer "no" in a person's record ("Photos of you: no").</extracomment>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you told us, and when:</source>
        <extracomment>in a person's record, over the list of every consent answer with its date.</extracomment>
        <translation>ما قلته لنا، ومتى:</translation>
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
        <translation>اجتماعاتك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You are not in any meeting.</source>
        <extracomment>in a person's record, when they took part in no meeting.</extracomment>
        <translation>لست في أي اجتماع.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Date: {date}</source>
        <extracomment>in a person's record; {date} is a meeting's date in words.</extracomment>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Place: {place}</source>
        <extracomment>in a person's record; {place} is where a meeting was held.</extracomment>
        <translation>المكان: {place}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your role: {role}</source>
        <extracomment>in a person's record; {role} is participant, co-facilitator...</extracomment>
        <translation>دورك: {role}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>The name you chose: {name}</source>
        <extracomment>in a person's record; {name} is the name they chose for a meeting.</extracomment>
        <translation>الاسم الذي اخترته: {name}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Time you gave: {time}</source>
        <extracomment>in a person's record; {time} is like "1 hour 30 minutes".</extracomment>
        <translation>مدة مشاركتك: {time}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Other people's ideas you agreed with: {count}</source>
        <translation>أفكار الآخرين التي وافقت عليها: {count}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You said “not now” to:</source>
        <extracomment>in a person's record, over the questions they said "not now" to.</extracomment>
        <translation>قلت «ليس الآن» في:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Photo of another person</source>
        <extracomment>stands for a picture card that is a photo of someone else (not shown).</extracomment>
        <translation>صورة شخص آخر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions, in their record.</extracomment>
        <translation>ما قلته</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>We hold nothing you said.</source>
        <extracomment>in a person's record, when they have no contributions.</extracomment>
        <translation>لا نحتفظ بشيء مما قلته.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>In “{title}” on {date}:</source>
        <extracomment>above one of a person's contributions; {title} is the meeting, {date} the day.</extracomment>
        <translation>في «{title}» يوم {date}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>You took this back on {date}.</source>
        <translation>سحبت هذا يوم {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>✓ You said this is right.</source>
        <extracomment>under a contribution the person said was right.</extracomment>
        <translation>✓ قلت إن هذا صحيح.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Made with support from your {role}.</source>
        <extracomment>under a contribution made with help; {role} is supporter, advocate or interpreter.</extracomment>
        <translation>بدعم من {role} الخاص بك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Question: {prompt}</source>
        <extracomment>under a contribution; {prompt} is the question it answered.</extracomment>
        <translation>السؤال: {prompt}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>Your expenses</source>
        <extracomment>heading over a person's expenses, in their record.</extracomment>
        <translation>مصاريفك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{title}: {kind}, {miles} miles</source>
        <translation>{title}: {kind}، {miles} ميل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/person_record.py"/>
        <source>{title}: {kind}, {amount}</source>
        <translation>{title}: {kind}، {amount}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>supporter</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>داعم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>advocate</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>مناصر</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>interpreter</source>
        <extracomment>the role of someone who helped a person say something, inside "with support from Jo (interpreter)" or "with support from their interpreter".</extracomment>
        <translation>مترجم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Someone no longer on the list</source>
        <extracomment>stands for a person who has since been taken off the meeting's list.</extracomment>
        <translation>شخص لم يعد في القائمة</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Not shared outside the room, as they asked.</source>
        <extracomment>in place of a person's words, when they asked that their words are not used outside the meeting.</extracomment>
        <translation>لا يُشارَك خارج القاعة، كما طلب صاحبه.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from {supporter} ({role}):</source>
        <extracomment>above a person's words, made with someone's help; {supporter} is the helper's name, {role} their role (supporter, advocate, interpreter).</extracomment>
        <translation>قال {name}، بدعم من {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said, with support from their {role}:</source>
        <extracomment>above a person's words, made with the help of someone not named.</extracomment>
        <translation>قال {name}، بدعم من {role}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} said:</source>
        <extracomment>above a person's words; {name} is the name they chose to be credited by.</extracomment>
        <translation>كلام {name}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from {supporter} ({role}):</source>
        <extracomment>above the picture cards a person chose with someone's help.</extracomment>
        <translation>اختار {name} هذه الصور، بدعم من {supporter} ({role}):</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures, with support from their {role}:</source>
        <translation>اختار {name} هذه الصور، بدعم من {role}:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} chose these pictures:</source>
        <extracomment>above the picture cards a person chose, when they said no words.</extracomment>
        <translation>اختيارات {name} من الصور:</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>✓ Confirmed: they said this is right.</source>
        <extracomment>under a contribution the person heard read back and said was right.</extracomment>
        <translation>✓ مؤكَّد: قال صاحبه إن هذا صحيح.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{name} agrees.</source>
        <extracomment>under a contribution; {name} added their marker to say they agree.</extracomment>
        <translation>{name} يوافق.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} and {last}</source>
        <extracomment>joins the last two of several names: "Priya, Sam and Dot".</extracomment>
        <translation>{names} و{last}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>{names} agree.</source>
        <extracomment>under a contribution; {names} is a list of people who agree with it.</extracomment>
        <translation>{names} يوافقون.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What we decided</source>
        <extracomment>heading over the list of what the group decided in the meeting.</extracomment>
        <translation>ما قررناه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>What happens next</source>
        <extracomment>heading over the list of actions after the meeting.</extracomment>
        <translation>ماذا سيحدث بعد ذلك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Our next meeting</source>
        <extracomment>heading over when and where the group meets next (the facilitator's words).</extracomment>
        <translation>اجتماعنا القادم</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Who to contact</source>
        <extracomment>heading over who to contact about the meeting, and how.</extracomment>
        <translation>بمن تتصل</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>Picture cards: OpenMoji – the open-source emoji and icon project (openmoji.org). Licence: CC BY-SA 4.0.</source>
        <extracomment>credit for the OpenMoji pictures, as their licence asks. Keep "OpenMoji", "openmoji.org" and "CC BY-SA 4.0" as they are.</extracomment>
        <translation>صور البطاقات: OpenMoji – مشروع مفتوح المصدر للرموز التعبيرية والأيقونات (openmoji.org). الترخيص: CC BY-SA 4.0.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>not given</source>
        <extracomment>in a picture's credit, for who made it or its licence when nobody said.</extracomment>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>“{label}”: {author}. Licence: {licence}.</source>
        <extracomment>credit for a picture someone brought: its label, who made it, its licence.</extracomment>
        <translation>«{label}»: {author}. الترخيص: {licence}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/facts.py"/>
        <source>About the pictures</source>
        <extracomment>heading over the credits for the pictures used.</extracomment>
        <translation>عن الصور</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Why we met: {purpose}</source>
        <extracomment>why the meeting was held; {purpose} is the facilitator's own short line.</extracomment>
        <translation>سبب اجتماعنا: {purpose}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>What we talked about</source>
        <extracomment>heading over the list of questions the meeting talked about.</extracomment>
        <translation>عمَّ تحدثنا</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Who took part</source>
        <translation>من شارك</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody has been added to this meeting yet.</source>
        <translation>لم تتم إضافة أي شخص إلى هذا الاجتماع بعد.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Other things people said</source>
        <extracomment>heading over what people said that was not an answer to a question.</extracomment>
        <translation>أشياء أخرى قالها المشاركون</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Thank you to everyone who took part.</source>
        <extracomment>the last line of the group summary.</extracomment>
        <translation>شكرًا لكل من شارك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Meeting summary</source>
        <extracomment>the PDF's subject, shown in a PDF reader's document properties.</extracomment>
        <translation>ملخص الاجتماع</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/summary.py"/>
        <source>Nobody added anything here.</source>
        <extracomment>under a question nobody answered.</extracomment>
        <translation>لم يضف أحد شيئًا هنا.</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>Thank you, {name}.</source>
        <extracomment>the first line of a person's take-home sheet, in large type; {name} is the name they like to be called. (A name ending in a full stop, such as "T.N.", loses it here: "Thank you, T.N." rather than "T.N..".)</extracomment>
        <translation>شكرًا، {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Thank you for coming.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>شكرًا على الحضور.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You did not add anything this time. That is fine.</source>
        <extracomment>on the sheet of someone who took part without adding anything: kind, not a failure.</extracomment>
        <translation>لا توجد إضافات منك هذه المرة. لا بأس بذلك.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Being there is taking part.</source>
        <extracomment>on the sheet of someone who took part without adding anything.</extracomment>
        <translation>الحضور مشاركة أيضًا.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you agreed with</source>
        <extracomment>heading over what other people said that this person agreed with.</extracomment>
        <translation>ما وافقت عليه</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your take-home sheet</source>
        <extracomment>the PDF's subject for one person's take-home sheet.</extracomment>
        <translation>ورقتك لتأخذها إلى البيت</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date} at {place}.</source>
        <extracomment>the meeting in one line on a take-home sheet; {title} is the meeting's title.</extracomment>
        <translation>حضرت اجتماع «{title}» يوم {date} في {place}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>You came to “{title}” on {date}.</source>
        <extracomment>the meeting in one line on a take-home sheet, when it has no place set.</extracomment>
        <translation>حضرت اجتماع «{title}» يوم {date}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>What you said</source>
        <extracomment>heading over a person's own contributions on their take-home sheet.</extracomment>
        <translation>ما قلته</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Other things you said</source>
        <extracomment>heading over what a person said that was not an answer to a question.</extracomment>
        <translation>أشياء أخرى قلتها</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/easy_read/take_home_sheet.py"/>
        <source>Your words are in the group summary too.</source>
        <extracomment>on a person's take-home sheet, after their own words.</extracomment>
        <translation>كلماتك موجودة أيضًا في ملخص المجموعة.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} said: {words}</source>
        <translation>كلام {name}: {words}</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>, </source>
        <extracomment>put between the labels of the pictures someone chose.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/read_back.py"/>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} chose the pictures: {pictures}.</source>
        <extracomment>{pictures} is the labels of the picture cards they chose.</extracomment>
        <translation>اختيارات {name} من الصور: {pictures}.</translation>
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
        <translation>هذه كلمات {name}.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>{name} did not add anything this time. Thank you for coming.</source>
        <extracomment>read aloud to someone who took part without adding anything.</extracomment>
        <translation>لم تكن لدى {name} إضافة هذه المرة. شكرًا على الحضور.</translation>
    </message>
    <message>
        <location filename="../coprod_desktop/services/take_home.py"/>
        <source>The question was: {question}</source>
        <translation>كان السؤال: {question}</translation>
    </message>
</context>
</TS>
