<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChosenCards</name>
    <message>
        <location filename="../coprod_desktop/ui/room_widgets.py" line="156"/>
        <source>Remove {card}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="46"/>
        <source>Which picture cards to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="47"/>
        <source>All cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="51"/>
        <source>Picture cards: press Enter or Space to add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="53"/>
        <source>Cards chosen: press Delete to take one away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="54"/>
        <source>Chosen (click one to take it away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="59"/>
        <source>Their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="60"/>
        <source>Type what they said, word for word. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="61"/>
        <source>Type what they said, word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="63"/>
        <source>Their &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="67"/>
        <location filename="../coprod_desktop/ui/composer.py" line="68"/>
        <source>Save contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="69"/>
        <source>Shortcut: Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="71"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="72"/>
        <source>Clear the cards and words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/composer.py" line="77"/>
        <source>Picture &amp;cards:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionCard</name>
    <message>
        <location filename="../coprod_desktop/ui/wall.py" line="41"/>
        <source>{name} said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/wall.py" line="69"/>
        <source>Cards: {cards}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="22"/>
        <source>CoProd Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/main_window.py" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="29"/>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="31"/>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="34"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="35"/>
        <source>Choose a meeting, then press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="40"/>
        <source>There are no meetings yet. Press “New meeting” to set one up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="43"/>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="44"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="45"/>
        <source>&amp;Open in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="47"/>
        <source>Create a new meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="48"/>
        <source>Change the chosen meeting&apos;s details, people and prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/meetings_view.py" line="49"/>
        <source>Show the chosen meeting on the room screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="38"/>
        <location filename="../coprod_desktop/ui/people_editor.py" line="102"/>
        <source>People taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="57"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="57"/>
        <source>The person&apos;s name, kept on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="60"/>
        <source>&amp;Credit them as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="62"/>
        <source>How their name appears beside what they say, on screen and on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="65"/>
        <source>C&amp;hosen name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="65"/>
        <source>The name they want to be credited as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="67"/>
        <source>Marker co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="68"/>
        <source>Marker &amp;shape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="74"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="75"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="76"/>
        <source>R&amp;emove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="77"/>
        <source>New &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="132"/>
        <source>{credit}  ({name}, credited by {style})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="139"/>
        <source>, marker: {marker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="201"/>
        <source>Shown and printed as: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="202"/>
        <source>Marker: {marker}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="228"/>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/people_editor.py" line="241"/>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTiles</name>
    <message>
        <location filename="../coprod_desktop/ui/room_widgets.py" line="65"/>
        <source>Marker: {marker}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_widgets.py" line="67"/>
        <source>Shortcut: Alt+{n}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <location filename="../coprod_desktop/ui/room_widgets.py" line="196"/>
        <source>This meeting has no prompts yet. Add them in Set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_widgets.py" line="203"/>
        <source>Prompt {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_widgets.py" line="206"/>
        <source>Picture: {card}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsEditor</name>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="35"/>
        <source>Prompts, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="41"/>
        <source>No picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="44"/>
        <source>Prompt &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="44"/>
        <source>A short question or topic for the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="45"/>
        <source>P&amp;icture card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="45"/>
        <source>A picture shown with the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="47"/>
        <source>&amp;Add prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="48"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="49"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="50"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="51"/>
        <source>R&amp;emove prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="52"/>
        <source>New &amp;prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="74"/>
        <source>Prompts, in the order the meeting goes through them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="148"/>
        <source>Prompt added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/prompts_editor.py" line="156"/>
        <source>Prompt saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="32"/>
        <source>The backup is back in place. The damaged file was kept as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="41"/>
        <source>Restore the newest backup ({name})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="42"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/startup.py" line="43"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="43"/>
        <source>◀ &amp;Previous prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="44"/>
        <source>&amp;Next prompt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="45"/>
        <source>Previous prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="46"/>
        <source>Next prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="53"/>
        <source>Who is speaking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="65"/>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="66"/>
        <source>P&amp;rint summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="67"/>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="207"/>
        <source>{name} is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="209"/>
        <source>Choose who is speaking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="214"/>
        <source>That is the most cards one contribution can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/room_view.py" line="246"/>
        <source>Saved what {name} said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="64"/>
        <source>Meeting &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="65"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="65"/>
        <source>Year, month and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="66"/>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="79"/>
        <source>Meeting set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="80"/>
        <source>1. Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="81"/>
        <source>2. People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="82"/>
        <source>3. Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="84"/>
        <source>&amp;Back to meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="85"/>
        <source>Start the &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="113"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="117"/>
        <source>&amp;Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="120"/>
        <location filename="../coprod_desktop/ui/setup_view.py" line="144"/>
        <source>Set up: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="124"/>
        <source>&amp;Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="139"/>
        <source>Meeting created. Now add the people taking part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/setup_view.py" line="145"/>
        <source>Details saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="45"/>
        <location filename="../coprod_desktop/ui/print_summary.py" line="100"/>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="46"/>
        <source>Print the summary of this meeting, or save it as a PDF file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="47"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="48"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="61"/>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="61"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="66"/>
        <location filename="../coprod_desktop/ui/print_summary.py" line="80"/>
        <source>Making the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="74"/>
        <source>Summary saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="94"/>
        <source>Summary sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="100"/>
        <source>The summary could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/print_summary.py" line="102"/>
        <source>The summary could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../coprod_desktop/ui/wall.py" line="96"/>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/wall.py" line="101"/>
        <source>Nothing has been added for this prompt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../coprod_desktop/ui/wall.py" line="122"/>
        <source>Show {n} earlier contributions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
