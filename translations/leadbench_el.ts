<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Καταγραφή email</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Καταγραφή συνάντησης</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Call outcome</source>
        <translation>Αποτέλεσμα κλήσης</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Συνδέθηκε</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Αφέθηκε φωνητικό μήνυμα</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Δεν απάντησε</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Λάθος αριθμός</translation>
    </message>
    <message>
        <source>Asked to call back later</source>
        <translation>Ζήτησε να καλέσουμε αργότερα</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Αποτέλεσμα:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Πότε:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Subject and summary</source>
        <translation>Θέμα και σύνοψη</translation>
    </message>
    <message>
        <source>What to remember about this lead</source>
        <translation>Τι να θυμάστε για αυτό το lead</translation>
    </message>
    <message>
        <source>What was said, what comes next</source>
        <translation>Τι ειπώθηκε, τι ακολουθεί</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Σημείωση:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Λεπτομέρειες:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Η σημείωση είναι κενή.</translation>
    </message>
    <message>
        <source>The time is in the future: log what happened, and plan what comes next as a task.</source>
        <translation>Η ώρα είναι στο μέλλον: καταγράψτε ό,τι έγινε και προγραμματίστε το επόμενο βήμα ως εργασία.</translation>
    </message>
</context>
<context>
    <name>ActivityType</name>
    <message>
        <source>Subscribed to the e-mail list</source>
        <translation>Εγγραφή στη λίστα email</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>Το email στάλθηκε</translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation>Το email ανοίχτηκε</translation>
    </message>
    <message>
        <source>E-mail link clicked</source>
        <translation>Κλικ σε σύνδεσμο email</translation>
    </message>
    <message>
        <source>E-mail replied</source>
        <translation>Απάντηση σε email</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>Επιστροφή email (bounce)</translation>
    </message>
    <message>
        <source>Page visit</source>
        <translation>Επίσκεψη σελίδας</translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation>Υποβολή φόρμας</translation>
    </message>
    <message>
        <source>Content downloaded</source>
        <translation>Λήψη περιεχομένου</translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation>Παρακολούθηση webinar</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>Κλείστηκε συνάντηση</translation>
    </message>
    <message>
        <source>Meeting cancelled</source>
        <translation>Ακυρώθηκε συνάντηση</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Free trial started</source>
        <translation>Έναρξη δωρεάν δοκιμής</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Απεγγραφή</translation>
    </message>
    <message>
        <source>Met at an event</source>
        <translation>Γνωριμία σε εκδήλωση</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Δεν είναι δυνατή η δημιουργία αντιγράφου ασφαλείας στο %1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <source>Backup to %1 failed: %2</source>
        <translation>Η δημιουργία αντιγράφου ασφαλείας στο %1 απέτυχε: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Δεν είναι δυνατή η δημιουργία του φακέλου αντιγράφων ασφαλείας %1.</translation>
    </message>
</context>
<context>
    <name>BantDialog</name>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Πληρείται</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Δεν πληρείται</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>Qualify %1 (BANT)</source>
        <translation>Αξιολόγηση του %1 (BANT)</translation>
    </message>
    <message>
        <source>&amp;Budget: can they afford it?</source>
        <translation>&amp;Προϋπολογισμός: μπορούν να το αντέξουν;</translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation>Ποσό προϋπολογισμού</translation>
    </message>
    <message>
        <source>amount not known</source>
        <translation>άγνωστο ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Ποσό:</translation>
    </message>
    <message>
        <source>&amp;Authority: can this person decide?</source>
        <translation>&amp;Αρμοδιότητα: μπορεί αυτό το άτομο να αποφασίσει;</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Αρμοδιότητα</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Αποφασίζων</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Επηρεάζων</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Χρήστης</translation>
    </message>
    <message>
        <source>Decision maker&apos;s name</source>
        <translation>Όνομα αποφασίζοντος</translation>
    </message>
    <message>
        <source>who decides, when it is someone else</source>
        <translation>ποιος αποφασίζει, όταν είναι κάποιος άλλος</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ρόλος:</translation>
    </message>
    <message>
        <source>Decision maker:</source>
        <translation>Αποφασίζων:</translation>
    </message>
    <message>
        <source>&amp;Need: do they really need it?</source>
        <translation>Ανά&amp;γκη: το χρειάζονται πραγματικά;</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>the problem they want solved</source>
        <translation>το πρόβλημα που θέλουν να λύσουν</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Προτεραιότητα</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Μεσαία</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Pain:</source>
        <translation>Πρόβλημα:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Προτεραιότητα:</translation>
    </message>
    <message>
        <source>&amp;Timing: when will they buy?</source>
        <translation>&amp;Χρονισμός: πότε θα αγοράσουν;</translation>
    </message>
    <message>
        <source>Expected purchase</source>
        <translation>Αναμενόμενη αγορά</translation>
    </message>
    <message>
        <source>a date or a quarter, e.g. Q2 2027</source>
        <translation>ημερομηνία ή τρίμηνο, π.χ. Q2 2027</translation>
    </message>
    <message>
        <source>Delivery need</source>
        <translation>Ανάγκη παράδοσης</translation>
    </message>
    <message>
        <source>Purchase by:</source>
        <translation>Αγορά έως:</translation>
    </message>
    <message>
        <source>Delivery needed:</source>
        <translation>Απαιτούμενη παράδοση:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Αποτέλεσμα</translation>
    </message>
    <message>
        <source>Rule for SQL: %1</source>
        <translation>Κανόνας για SQL: %1</translation>
    </message>
    <message>
        <source>Create a deal</source>
        <translation>Δημιουργία συμφωνίας</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Τίτλος συμφωνίας</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>Ποσό συμφωνίας</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Accepting moves the lead to SQL.</source>
        <translation>Με την αποδοχή, το lead μεταφέρεται σε SQL.</translation>
    </message>
    <message>
        <source>Accepting moves the lead to Nurturing.</source>
        <translation>Με την αποδοχή, το lead μεταφέρεται σε Nurturing.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Σημείωση:</translation>
    </message>
    <message>
        <source>Reason for nurturing:</source>
        <translation>Αιτία για nurturing:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>προαιρετικό</translation>
    </message>
    <message>
        <source>required: why not now, e.g. budget frozen until next year</source>
        <translation>υποχρεωτικό: γιατί όχι τώρα, π.χ. παγωμένος προϋπολογισμός έως το επόμενο έτος</translation>
    </message>
    <message>
        <source>Move to SQL</source>
        <translation>Μεταφορά σε SQL</translation>
    </message>
    <message>
        <source>Move to Nurturing</source>
        <translation>Μεταφορά σε Nurturing</translation>
    </message>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Δώστε την αιτία για nurturing: καταγράφεται στο ιστορικό σταδίων και στην παρακολούθηση.</translation>
    </message>
</context>
<context>
    <name>BantRule</name>
    <message>
        <source>Budget</source>
        <translation>Προϋπολογισμός</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Αρμοδιότητα</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Ανάγκη</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Χρονισμός</translation>
    </message>
    <message>
        <source>Sales qualified: %1 of 4 met (%2).</source>
        <translation>Κατάλληλο για πωλήσεις: %1 από 4 πληρούνται (%2).</translation>
    </message>
    <message>
        <source>Not qualified: %1 is required and not met.</source>
        <translation>Μη κατάλληλο: το κριτήριο %1 απαιτείται και δεν πληρείται.</translation>
    </message>
    <message>
        <source>Not qualified: %1 of 4 met, %2 needed (missing: %3).</source>
        <translation>Μη κατάλληλο: %1 από 4 πληρούνται, απαιτούνται %2 (λείπουν: %3).</translation>
    </message>
    <message>
        <source>all four criteria met</source>
        <translation>πληρούνται και τα τέσσερα κριτήρια</translation>
    </message>
    <message>
        <source>%1 of the four criteria met</source>
        <translation>πληρούνται %1 από τα τέσσερα κριτήρια</translation>
    </message>
    <message>
        <source>%1 of the four criteria met, including %2</source>
        <translation>πληρούνται %1 από τα τέσσερα κριτήρια, μεταξύ των οποίων %2</translation>
    </message>
    <message>
        <source>The number of criteria to meet is from 1 to 4.</source>
        <translation>Ο αριθμός κριτηρίων που πρέπει να πληρούνται είναι από 1 έως 4.</translation>
    </message>
    <message>
        <source>More criteria are required (%1) than need to be met (%2).</source>
        <translation>Απαιτούνται περισσότερα κριτήρια (%1) από όσα πρέπει να πληρούνται (%2).</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Μια καμπάνια χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>Campaign “%1”: the cost cannot be negative.</source>
        <translation>Καμπάνια «%1»: το κόστος δεν μπορεί να είναι αρνητικό.</translation>
    </message>
    <message>
        <source>Campaign “%1”: visitors cannot be negative.</source>
        <translation>Καμπάνια «%1»: οι επισκέπτες δεν μπορούν να είναι αρνητικοί.</translation>
    </message>
    <message>
        <source>Campaign “%1”: it ends (%2) before it starts (%3).</source>
        <translation>Καμπάνια «%1»: λήγει (%2) πριν ξεκινήσει (%3).</translation>
    </message>
    <message>
        <source>There is already a campaign named “%1”.</source>
        <translation>Υπάρχει ήδη καμπάνια με όνομα «%1».</translation>
    </message>
    <message>
        <source>There is no campaign #%1.</source>
        <translation>Δεν υπάρχει καμπάνια #%1.</translation>
    </message>
    <message>
        <source>A cost entry needs a day.</source>
        <translation>Μια εγγραφή κόστους χρειάζεται ημέρα.</translation>
    </message>
    <message>
        <source>Cost entry of %1: cost, clicks and visitors cannot be negative.</source>
        <translation>Εγγραφή κόστους %1: το κόστος, τα κλικ και οι επισκέπτες δεν μπορούν να είναι αρνητικά.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Καμπάνιες</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>εισερχόμενο</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>εξερχόμενο</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Επισκέπτες</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>&amp;Save Campaign</source>
        <translation>&amp;Αποθήκευση καμπάνιας</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Όνομα</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Κα&amp;νάλι</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Κόστος</translation>
    </message>
    <message>
        <source>&amp;Visitors</source>
        <translation>&amp;Επισκέπτες</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>Έναρ&amp;ξη</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Λήξη</translation>
    </message>
    <message>
        <source>Cost entries per day</source>
        <translation>Εγγραφές κόστους ανά ημέρα</translation>
    </message>
    <message>
        <source>Cost entries</source>
        <translation>Εγγραφές κόστους</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ημέρα</translation>
    </message>
    <message>
        <source>Day of the entry</source>
        <translation>Ημέρα της εγγραφής</translation>
    </message>
    <message>
        <source>Cost of the day</source>
        <translation>Κόστος της ημέρας</translation>
    </message>
    <message>
        <source>Visitors of the day</source>
        <translation>Επισκέπτες της ημέρας</translation>
    </message>
    <message>
        <source>Add or &amp;Replace</source>
        <translation>Προσθήκη ή αντικα&amp;τάσταση</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Α&amp;φαίρεση</translation>
    </message>
    <message>
        <source>Without cost entries, the cost and visitors are spread evenly over the campaign&apos;s days.</source>
        <translation>Χωρίς εγγραφές κόστους, το κόστος και οι επισκέπτες κατανέμονται ισόποσα στις ημέρες της καμπάνιας.</translation>
    </message>
    <message numerus="yes">
        <source>Cost and visitors are the sums of the %n cost entries.</source>
        <translation>
            <numerusform>Το κόστος και οι επισκέπτες είναι τα αθροίσματα της %n εγγραφής κόστους.</numerusform>
            <numerusform>Το κόστος και οι επισκέπτες είναι τα αθροίσματα των %n εγγραφών κόστους.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Campaign</source>
        <translation>Αποθήκευση καμπάνιας</translation>
    </message>
    <message>
        <source>New Campaign</source>
        <translation>Νέα καμπάνια</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Όνομα της καμπάνιας:</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Διαγραφή καμπάνιας</translation>
    </message>
    <message>
        <source>Delete the campaign “%1” and its cost entries? Its leads stay, without a campaign.</source>
        <translation>Διαγραφή της καμπάνιας «%1» και των εγγραφών κόστους της; Τα leads της παραμένουν, χωρίς καμπάνια.</translation>
    </message>
    <message>
        <source>Cost Entry</source>
        <translation>Εγγραφή κόστους</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <source>Capture — %1</source>
        <translation>Καταγραφή — %1</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Έξοδος (Esc)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>&amp;Hot</source>
        <translation>&amp;Θερμό</translation>
    </message>
    <message>
        <source>&amp;Warm</source>
        <translation>&amp;Χλιαρό</translation>
    </message>
    <message>
        <source>C&amp;old</source>
        <translation>&amp;Ψυχρό</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Ενδιαφέρον:</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Ενδιαφέρον για προϊόν</translation>
    </message>
    <message>
        <source>Product interest:</source>
        <translation>Ενδιαφέρον για προϊόν:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Enter saves; Shift+Enter starts a new line</source>
        <translation>Το Enter αποθηκεύει· το Shift+Enter αλλάζει γραμμή</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Σημειώσεις:</translation>
    </message>
    <message>
        <source>Consent given to the wording below</source>
        <translation>Δόθηκε συναίνεση στην παρακάτω διατύπωση</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Συναίνεση:</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>Αποθήκευση και επόμενο (Enter)</translation>
    </message>
    <message>
        <source>Already in the workspace?</source>
        <translation>Υπάρχει ήδη στον χώρο εργασίας;</translation>
    </message>
    <message>
        <source>Save as a new lead instead</source>
        <translation>Αποθήκευση ως νέο lead</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Πιθανά διπλότυπα</translation>
    </message>
    <message>
        <source>Update the selected lead instead</source>
        <translation>Ενημέρωση του επιλεγμένου lead</translation>
    </message>
    <message>
        <source>The lead being typed last time is back.</source>
        <translation>Το lead που πληκτρολογούσατε την προηγούμενη φορά επανήλθε.</translation>
    </message>
    <message>
        <source>Updated %1 (#%2).</source>
        <translation>Ενημερώθηκε: %1 (#%2).</translation>
    </message>
    <message>
        <source>Saved %1 (#%2).</source>
        <translation>Αποθηκεύτηκε: %1 (#%2).</translation>
    </message>
    <message>
        <source>Enter will update %1 (#%2) instead of creating a lead.</source>
        <translation>Το Enter θα ενημερώσει το %1 (#%2) αντί να δημιουργήσει lead.</translation>
    </message>
    <message>
        <source>Today: %1 · At this event: %2</source>
        <translation>Σήμερα: %1 · Σε αυτή την εκδήλωση: %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Γιατί: %1</translation>
    </message>
    <message>
        <source>The badge could not be read; type the details instead.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του σήματος· πληκτρολογήστε τα στοιχεία.</translation>
    </message>
    <message>
        <source>Badge read: check the details, choose the interest, then Enter.</source>
        <translation>Το σήμα διαβάστηκε: ελέγξτε τα στοιχεία, επιλέξτε το ενδιαφέρον και πατήστε Enter.</translation>
    </message>
</context>
<context>
    <name>ChangeStageDialog</name>
    <message>
        <source>Change lifecycle stage</source>
        <translation>Αλλαγή σταδίου κύκλου ζωής</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1: πλέον στο στάδιο %2.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Νέο στάδιο</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Μεταφορά σε:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Γιατί, για το ιστορικό σταδίων (υποχρεωτικό)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Αιτία:</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Δώστε αιτία: το ιστορικό σταδίων καταγράφει γιατί μετακινήθηκε κάθε lead.</translation>
    </message>
    <message>
        <source>SQL (through the BANT qualification)</source>
        <translation>SQL (μέσω της αξιολόγησης BANT)</translation>
    </message>
</context>
<context>
    <name>CheckableComboBox</name>
    <message>
        <source>%1: any</source>
        <translation>%1: οποιοδήποτε</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 and %n more</source>
        <translation>
            <numerusform>%1: %2 και %n ακόμη</numerusform>
            <numerusform>%1: %2 και %n ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Εκτελέστε «leadbench-cli --help» για τις εντολές.</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>το --db χρειάζεται διαδρομή</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>δεν δόθηκε εντολή</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή «%1»</translation>
    </message>
    <message>
        <source>Number of leads.</source>
        <translation>Αριθμός leads.</translation>
    </message>
    <message>
        <source>Average activities per lead.</source>
        <translation>Μέσος αριθμός δραστηριοτήτων ανά lead.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Τυχαίος σπόρος (seed).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Έξοδος JSON.</translation>
    </message>
    <message>
        <source>demo takes no arguments, got &quot;%1&quot;</source>
        <translation>το demo δεν δέχεται ορίσματα, δόθηκε «%1»</translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads</source>
        <translation>--leads: το «%1» δεν είναι αριθμός leads</translation>
    </message>
    <message>
        <source>--activities-per-lead: &quot;%1&quot; is not a number from 0 to 50</source>
        <translation>--activities-per-lead: το «%1» δεν είναι αριθμός από 0 έως 50</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a number</source>
        <translation>--seed: το «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>Added %1 leads, %2 activities and %3 deals to %4 in %5 s.</source>
        <translation>Προστέθηκαν %1 leads, %2 δραστηριότητες και %3 συμφωνίες στο %4 σε %5 s.</translation>
    </message>
    <message>
        <source>leads needs a subcommand: list or show</source>
        <translation>το leads χρειάζεται υποεντολή: list ή show</translation>
    </message>
    <message>
        <source>unknown leads subcommand &quot;%1&quot; (list, show)</source>
        <translation>άγνωστη υποεντολή του leads «%1» (list, show)</translation>
    </message>
    <message>
        <source>Search text.</source>
        <translation>Κείμενο αναζήτησης.</translation>
    </message>
    <message>
        <source>Stages, comma-separated.</source>
        <translation>Στάδια, χωρισμένα με κόμμα.</translation>
    </message>
    <message>
        <source>Owner name, or &quot;none&quot;.</source>
        <translation>Όνομα υπευθύνου ή «none».</translation>
    </message>
    <message>
        <source>Source key.</source>
        <translation>Κλειδί πηγής.</translation>
    </message>
    <message>
        <source>Country.</source>
        <translation>Χώρα.</translation>
    </message>
    <message>
        <source>hot, warm or cold.</source>
        <translation>hot, warm ή cold.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Ένα αποθηκευμένο τμήμα.</translation>
    </message>
    <message>
        <source>Sort column.</source>
        <translation>Στήλη ταξινόμησης.</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Φθίνουσα σειρά.</translation>
    </message>
    <message>
        <source>Ascending order.</source>
        <translation>Αύξουσα σειρά.</translation>
    </message>
    <message>
        <source>At most N leads.</source>
        <translation>Το πολύ N leads.</translation>
    </message>
    <message>
        <source>Skip the first N leads.</source>
        <translation>Παράλειψη των πρώτων N leads.</translation>
    </message>
    <message>
        <source>leads list takes no arguments, got &quot;%1&quot;</source>
        <translation>το leads list δεν δέχεται ορίσματα, δόθηκε «%1»</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a number from 0 to 1000000</source>
        <translation>--limit: το «%1» δεν είναι αριθμός από 0 έως 1000000</translation>
    </message>
    <message>
        <source>--offset: &quot;%1&quot; is not a positive number</source>
        <translation>--offset: το «%1» δεν είναι θετικός αριθμός</translation>
    </message>
    <message>
        <source>leadbench-cli: no segment named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: δεν υπάρχει τμήμα με όνομα «%1» στο %2</translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot;</source>
        <translation>--stage: άγνωστο στάδιο «%1»</translation>
    </message>
    <message>
        <source>leadbench-cli: no rep named &quot;%1&quot;</source>
        <translation>leadbench-cli: δεν υπάρχει πωλητής με όνομα «%1»</translation>
    </message>
    <message>
        <source>--temperature: &quot;%1&quot; is not hot, warm or cold</source>
        <translation>--temperature: το «%1» δεν είναι hot, warm ή cold</translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;</source>
        <translation>--sort: άγνωστη στήλη «%1»</translation>
    </message>
    <message>
        <source>leads show needs one lead id</source>
        <translation>το leads show χρειάζεται ένα αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id</source>
        <translation>το «%1» δεν είναι αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no lead %1 in %2</source>
        <translation>leadbench-cli: δεν υπάρχει lead %1 στο %2</translation>
    </message>
    <message>
        <source>segments needs the subcommand list</source>
        <translation>το segments χρειάζεται την υποεντολή list</translation>
    </message>
    <message>
        <source>backup needs one output file: leadbench-cli backup OUT</source>
        <translation>το backup χρειάζεται ένα αρχείο εξόδου: leadbench-cli backup OUT</translation>
    </message>
    <message>
        <source>backup: %1 is a folder; give a file name</source>
        <translation>backup: το %1 είναι φάκελος· δώστε όνομα αρχείου</translation>
    </message>
    <message>
        <source>backup: the output is the workspace itself</source>
        <translation>backup: η έξοδος είναι ο ίδιος ο χώρος εργασίας</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB) in %4 s.</source>
        <translation>Δημιουργήθηκε αντίγραφο ασφαλείας του %1 στο %2 (%3 MB) σε %4 s.</translation>
    </message>
    <message>
        <source>restore needs one backup file: leadbench-cli restore IN</source>
        <translation>το restore χρειάζεται ένα αρχείο αντιγράφου ασφαλείας: leadbench-cli restore IN</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Έγινε επαναφορά του %1 από το %2.</translation>
    </message>
    <message>
        <source>The workspace as it was is kept in %1.</source>
        <translation>Ο χώρος εργασίας όπως ήταν διατηρείται στο %1.</translation>
    </message>
    <message>
        <source>check takes no arguments</source>
        <translation>το check δεν δέχεται ορίσματα</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist.</source>
        <translation>leadbench-cli: το %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1: ok (workspace format %2%3)</source>
        <translation>%1: ok (μορφή χώρου εργασίας %2%3)</translation>
    </message>
    <message>
        <source>, will be upgraded to %1 when opened</source>
        <translation>, θα αναβαθμιστεί σε %1 κατά το άνοιγμα</translation>
    </message>
    <message>
        <source>events needs a subcommand: list or summary NAME</source>
        <translation>το events χρειάζεται υποεντολή: list ή summary NAME</translation>
    </message>
    <message>
        <source>events summary needs the event&apos;s name</source>
        <translation>το events summary χρειάζεται το όνομα της εκδήλωσης</translation>
    </message>
    <message>
        <source>leadbench-cli: no event named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: δεν υπάρχει εκδήλωση με όνομα «%1» στο %2</translation>
    </message>
    <message>
        <source>The rep.</source>
        <translation>Ο πωλητής.</translation>
    </message>
    <message>
        <source>At most N items.</source>
        <translation>Το πολύ N στοιχεία.</translation>
    </message>
    <message>
        <source>queue needs --rep NAME</source>
        <translation>το queue χρειάζεται --rep NAME</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: το «%1» δεν είναι θετικός αριθμός</translation>
    </message>
    <message>
        <source>The lead to route.</source>
        <translation>Το lead προς δρομολόγηση.</translation>
    </message>
    <message>
        <source>Every MQL without an owner.</source>
        <translation>Κάθε MQL χωρίς υπεύθυνο.</translation>
    </message>
    <message>
        <source>route needs --lead ID or --unassigned-mqls</source>
        <translation>το route χρειάζεται --lead ID ή --unassigned-mqls</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead: το «%1» δεν είναι αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(κανείς)</translation>
    </message>
    <message>
        <source>Explain the score of lead ID.</source>
        <translation>Εξήγηση της βαθμολογίας του lead ID.</translation>
    </message>
    <message>
        <source>Re-score every lead.</source>
        <translation>Επαναβαθμολόγηση όλων των leads.</translation>
    </message>
    <message>
        <source>Threshold advisor and attribute lift.</source>
        <translation>Σύμβουλος ορίου και lift χαρακτηριστικών.</translation>
    </message>
    <message>
        <source>Show the rule set.</source>
        <translation>Εμφάνιση του συνόλου κανόνων.</translation>
    </message>
    <message>
        <source>Replace the rule set with a JSON file.</source>
        <translation>Αντικατάσταση του συνόλου κανόνων με αρχείο JSON.</translation>
    </message>
    <message>
        <source>The time decay is relative to.</source>
        <translation>Η χρονική στιγμή αναφοράς για τη χρονική απόσβεση.</translation>
    </message>
    <message>
        <source>score takes no arguments, got &quot;%1&quot;</source>
        <translation>το score δεν δέχεται ορίσματα, δόθηκε «%1»</translation>
    </message>
    <message>
        <source>score needs exactly one of --explain ID, --all, --advise, --rules, --set-rules FILE</source>
        <translation>το score χρειάζεται ακριβώς ένα από τα --explain ID, --all, --advise, --rules, --set-rules FILE</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO date and time (e.g. 2026-03-01T12:00:00Z)</source>
        <translation>--now: το «%1» δεν είναι ημερομηνία και ώρα ISO (π.χ. 2026-03-01T12:00:00Z)</translation>
    </message>
    <message>
        <source>--explain: &quot;%1&quot; is not a lead id</source>
        <translation>--explain: το «%1» δεν είναι αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>%1 (#%2): score %3 (%4), stage %5, MQL threshold %6</source>
        <translation>%1 (#%2): βαθμολογία %3 (%4), στάδιο %5, όριο MQL %6</translation>
    </message>
    <message>
        <source>The stored score is %1 (from the last re-score; time has moved on since).</source>
        <translation>Η αποθηκευμένη βαθμολογία είναι %1 (από την τελευταία επαναβαθμολόγηση· ο χρόνος έχει περάσει από τότε).</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 από %2</translation>
    </message>
    <message>
        <source>%1	total</source>
        <translation>%1	σύνολο</translation>
    </message>
    <message>
        <source>%1 leads, %2 with a known outcome: %3 customers, %4 lost.</source>
        <translation>%1 leads, %2 με γνωστό αποτέλεσμα: %3 πελάτες, %4 χαμένα.</translation>
    </message>
    <message>
        <source>threshold	customers above	leads to sales	precision</source>
        <translation>όριο	πελάτες πάνω	leads στις πωλήσεις	ακρίβεια</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (τρέχον)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (προτεινόμενο)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>lift %1</source>
        <translation>lift %1</translation>
    </message>
    <message>
        <source>MQL threshold %1; warm from %2, hot from %3</source>
        <translation>Όριο MQL %1· χλιαρό από %2, θερμό από %3</translation>
    </message>
    <message>
        <source>, at most %1</source>
        <translation>, το πολύ %1</translation>
    </message>
    <message>
        <source>, half-life %1 days</source>
        <translation>, χρόνος ημιζωής %1 ημέρες</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (ανενεργό)</translation>
    </message>
    <message>
        <source>Re-scored %1 leads in %2 s: %3 scores changed, %4 leads became MQL.</source>
        <translation>Επαναβαθμολογήθηκαν %1 leads σε %2 s: άλλαξαν %3 βαθμολογίες, %4 leads έγιναν MQL.</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot read %1: %2</source>
        <translation>leadbench-cli: δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: not a JSON object (%2 at byte %3)</source>
        <translation>leadbench-cli: %1: δεν είναι αντικείμενο JSON (%2 στο byte %3)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1: %2 Nothing was changed.</source>
        <translation>leadbench-cli: %1: %2 Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Re-scored from the command line</source>
        <translation>Επαναβαθμολόγηση από τη γραμμή εντολών</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Τι περιέχει το αρχείο.</translation>
    </message>
    <message>
        <source>skip, fill or overwrite.</source>
        <translation>skip, fill ή overwrite.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding.</source>
        <translation>Η κωδικοποίηση του αρχείου.</translation>
    </message>
    <message>
        <source>The field delimiter.</source>
        <translation>Ο διαχωριστής πεδίων.</translation>
    </message>
    <message>
        <source>A saved column mapping.</source>
        <translation>Μια αποθηκευμένη αντιστοίχιση στηλών.</translation>
    </message>
    <message>
        <source>COLUMN=FIELD, repeatable.</source>
        <translation>COLUMN=FIELD, επαναλαμβανόμενο.</translation>
    </message>
    <message>
        <source>Save the mapping used under a name.</source>
        <translation>Αποθήκευση της αντιστοίχισης που χρησιμοποιήθηκε με όνομα.</translation>
    </message>
    <message>
        <source>Type of activities without one.</source>
        <translation>Τύπος δραστηριοτήτων που δεν έχουν.</translation>
    </message>
    <message>
        <source>Where to write the rejected rows.</source>
        <translation>Πού να γραφτούν οι γραμμές που απορρίφθηκαν.</translation>
    </message>
    <message>
        <source>Rows per transaction.</source>
        <translation>Γραμμές ανά συναλλαγή.</translation>
    </message>
    <message>
        <source>Start over instead of resuming an interrupted import.</source>
        <translation>Έναρξη από την αρχή αντί για συνέχιση μιας διακοπείσας εισαγωγής.</translation>
    </message>
    <message>
        <source>Write a JSON report.</source>
        <translation>Εγγραφή αναφοράς JSON.</translation>
    </message>
    <message>
        <source>import needs one file: leadbench-cli import FILE</source>
        <translation>το import χρειάζεται ένα αρχείο: leadbench-cli import FILE</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not leads, activities, campaigns or deals</source>
        <translation>--kind: το «%1» δεν είναι leads, activities, campaigns ή deals</translation>
    </message>
    <message>
        <source>--on-duplicate: &quot;%1&quot; is not skip, fill or overwrite</source>
        <translation>--on-duplicate: το «%1» δεν είναι skip, fill ή overwrite</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</source>
        <translation>--encoding: το «%1» δεν είναι ένα από τα auto, utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1, windows-1253</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one ASCII character (or comma, semicolon, tab)</source>
        <translation>--delimiter: το «%1» δεν είναι ένας χαρακτήρας ASCII (ή comma, semicolon, tab)</translation>
    </message>
    <message>
        <source>--batch: &quot;%1&quot; is not a number from 1 to 1000000</source>
        <translation>--batch: το «%1» δεν είναι αριθμός από 1 έως 1000000</translation>
    </message>
    <message>
        <source>--activity-type: unknown type &quot;%1&quot;</source>
        <translation>--activity-type: άγνωστος τύπος «%1»</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 does not exist or is not a file.</source>
        <translation>leadbench-cli: το %1 δεν υπάρχει ή δεν είναι αρχείο.</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 is read-only: %2</source>
        <translation>leadbench-cli: το %1 είναι μόνο για ανάγνωση: %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no saved mapping named &quot;%1&quot; for %2 (saved: %3)</source>
        <translation>leadbench-cli: δεν υπάρχει αποθηκευμένη αντιστοίχιση «%1» για %2 (αποθηκευμένες: %3)</translation>
    </message>
    <message>
        <source>--map: the file has no column &quot;%1&quot; (columns: %2)</source>
        <translation>--map: το αρχείο δεν έχει στήλη «%1» (στήλες: %2)</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not a field (fields: %2)</source>
        <translation>--map: το «%1» δεν είναι πεδίο (πεδία: %2)</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Εισαγωγή από %1</translation>
    </message>
    <message>
        <source>leadbench-cli: cannot write the report %1: %2</source>
        <translation>leadbench-cli: δεν είναι δυνατή η εγγραφή της αναφοράς %1: %2</translation>
    </message>
    <message>
        <source>Resumed import #%1 at line %2.</source>
        <translation>Συνέχιση της εισαγωγής #%1 από τη γραμμή %2.</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason: %1</source>
        <translation>Γραμμές που απορρίφθηκαν, με τη γραμμή τους και την αιτία: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <source>Undo it with: leadbench-cli --db %1 imports undo %2</source>
        <translation>Αναίρεση με: leadbench-cli --db %1 imports undo %2</translation>
    </message>
    <message>
        <source>Kind of the mappings.</source>
        <translation>Είδος των αντιστοιχίσεων.</translation>
    </message>
    <message>
        <source>%1 read, %2 created, %3 merged, %4 rejected</source>
        <translation>%1 αναγνώστηκαν, %2 δημιουργήθηκαν, %3 συγχωνεύτηκαν, %4 απορρίφθηκαν</translation>
    </message>
    <message>
        <source>imports undo needs an import id (see leadbench-cli imports list)</source>
        <translation>το imports undo χρειάζεται αναγνωριστικό εισαγωγής (δείτε leadbench-cli imports list)</translation>
    </message>
    <message>
        <source>Undid import #%1: %2 rows removed, %3 rows given back their values.</source>
        <translation>Αναιρέθηκε η εισαγωγή #%1: αφαιρέθηκαν %2 γραμμές, σε %3 γραμμές επανήλθαν οι τιμές τους.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed leads had been edited after the import.</source>
        <translation>
            <numerusform>%n από τα leads που αφαιρέθηκαν είχε τροποποιηθεί μετά την εισαγωγή.</numerusform>
            <numerusform>%n από τα leads που αφαιρέθηκαν είχαν τροποποιηθεί μετά την εισαγωγή.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown imports subcommand &quot;%1&quot; (list, undo, mappings)</source>
        <translation>άγνωστη υποεντολή του imports «%1» (list, undo, mappings)</translation>
    </message>
    <message>
        <source>csv or vcard.</source>
        <translation>csv ή vcard.</translation>
    </message>
    <message>
        <source>Lead ids, comma-separated.</source>
        <translation>Αναγνωριστικά leads, χωρισμένα με κόμμα.</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark (Excel).</source>
        <translation>Έναρξη του CSV με σήμανση σειράς byte (BOM, για Excel).</translation>
    </message>
    <message>
        <source>CSV delimiter.</source>
        <translation>Διαχωριστής CSV.</translation>
    </message>
    <message>
        <source>Keep cells starting with = + - @ as they are.</source>
        <translation>Διατήρηση κελιών που αρχίζουν με = + - @ ως έχουν.</translation>
    </message>
    <message>
        <source>export needs one output file: leadbench-cli export FILE</source>
        <translation>το export χρειάζεται ένα αρχείο εξόδου: leadbench-cli export FILE</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not csv or vcard</source>
        <translation>--format: το «%1» δεν είναι csv ή vcard</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not comma, semicolon or tab</source>
        <translation>--delimiter: το «%1» δεν είναι comma, semicolon ή tab</translation>
    </message>
    <message>
        <source>--ids: &quot;%1&quot; is not a lead id</source>
        <translation>--ids: το «%1» δεν είναι αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>deals needs a subcommand: list, show, add or move</source>
        <translation>το deals χρειάζεται υποεντολή: list, show, add ή move</translation>
    </message>
    <message>
        <source>unknown deals subcommand &quot;%1&quot; (list, show, add, move)</source>
        <translation>άγνωστη υποεντολή του deals «%1» (list, show, add, move)</translation>
    </message>
    <message>
        <source>Pipeline name.</source>
        <translation>Όνομα pipeline.</translation>
    </message>
    <message>
        <source>Stage name.</source>
        <translation>Όνομα σταδίου.</translation>
    </message>
    <message>
        <source>Words in title or company.</source>
        <translation>Λέξεις στον τίτλο ή την εταιρεία.</translation>
    </message>
    <message>
        <source>Closing on or after.</source>
        <translation>Κλείσιμο την ή μετά από.</translation>
    </message>
    <message>
        <source>Closing on or before.</source>
        <translation>Κλείσιμο την ή πριν από.</translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation>Το πολύ N συμφωνίες.</translation>
    </message>
    <message>
        <source>Skip the first N deals.</source>
        <translation>Παράλειψη των πρώτων N συμφωνιών.</translation>
    </message>
    <message>
        <source>deals list takes no arguments, got &quot;%1&quot;</source>
        <translation>το deals list δεν δέχεται ορίσματα, δόθηκε «%1»</translation>
    </message>
    <message>
        <source>--close-from/--close-to: dates are written YYYY-MM-DD</source>
        <translation>--close-from/--close-to: οι ημερομηνίες γράφονται YYYY-MM-DD</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot; in %2</source>
        <translation>leadbench-cli: δεν υπάρχει pipeline με όνομα «%1» στο %2</translation>
    </message>
    <message>
        <source>leadbench-cli: no stage named &quot;%1&quot;</source>
        <translation>leadbench-cli: δεν υπάρχει στάδιο με όνομα «%1»</translation>
    </message>
    <message>
        <source>leadbench-cli: stage &quot;%1&quot; is in several pipelines; say which with --pipeline</source>
        <translation>leadbench-cli: το στάδιο «%1» υπάρχει σε πολλά pipelines· δηλώστε ποιο με --pipeline</translation>
    </message>
    <message>
        <source>deals show needs one deal id</source>
        <translation>το deals show χρειάζεται ένα αναγνωριστικό συμφωνίας</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal id</source>
        <translation>το «%1» δεν είναι αναγνωριστικό συμφωνίας</translation>
    </message>
    <message>
        <source>leadbench-cli: there is no deal %1 in %2</source>
        <translation>leadbench-cli: δεν υπάρχει συμφωνία %1 στο %2</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Αναγνωριστικό lead.</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Εταιρεία.</translation>
    </message>
    <message>
        <source>Amount.</source>
        <translation>Ποσό.</translation>
    </message>
    <message>
        <source>ISO currency code.</source>
        <translation>Κωδικός νομίσματος ISO.</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>Αναμενόμενη ημερομηνία κλεισίματος.</translation>
    </message>
    <message>
        <source>Owner name.</source>
        <translation>Όνομα υπευθύνου.</translation>
    </message>
    <message>
        <source>Probability in percent.</source>
        <translation>Πιθανότητα σε ποσοστό.</translation>
    </message>
    <message>
        <source>deals add needs one title (quote it when it has spaces)</source>
        <translation>το deals add χρειάζεται έναν τίτλο (σε εισαγωγικά όταν έχει κενά)</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not a number (write it as 12500.50)</source>
        <translation>--amount: το «%1» δεν είναι αριθμός (γράψτε τον ως 12500.50)</translation>
    </message>
    <message>
        <source>--close: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--close: το «%1» δεν είναι ημερομηνία (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--probability: &quot;%1&quot; is not a percentage from 0 to 100</source>
        <translation>--probability: το «%1» δεν είναι ποσοστό από 0 έως 100</translation>
    </message>
    <message>
        <source>leadbench-cli: no pipeline named &quot;%1&quot;</source>
        <translation>leadbench-cli: δεν υπάρχει pipeline με όνομα «%1»</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot;</source>
        <translation>leadbench-cli: το pipeline «%1» δεν έχει στάδιο «%2»</translation>
    </message>
    <message>
        <source>Added deal %1: %2</source>
        <translation>Προστέθηκε η συμφωνία %1: %2</translation>
    </message>
    <message>
        <source>Lead %1 is now at %2.</source>
        <translation>Το lead %1 είναι πλέον στο στάδιο %2.</translation>
    </message>
    <message>
        <source>Close date (Won, Lost).</source>
        <translation>Ημερομηνία κλεισίματος (Won, Lost).</translation>
    </message>
    <message>
        <source>Why it was won or lost.</source>
        <translation>Γιατί κερδήθηκε ή χάθηκε.</translation>
    </message>
    <message>
        <source>Gross margin of a won deal.</source>
        <translation>Μικτό περιθώριο κερδισμένης συμφωνίας.</translation>
    </message>
    <message>
        <source>deals move needs a deal id and a stage: leadbench-cli deals move ID STAGE</source>
        <translation>το deals move χρειάζεται αναγνωριστικό συμφωνίας και στάδιο: leadbench-cli deals move ID STAGE</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--date: το «%1» δεν είναι ημερομηνία (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--margin: &quot;%1&quot; is not a number</source>
        <translation>--margin: το «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>leadbench-cli: pipeline &quot;%1&quot; has no stage &quot;%2&quot; (its stages: %3)</source>
        <translation>leadbench-cli: το pipeline «%1» δεν έχει στάδιο «%2» (τα στάδιά του: %3)</translation>
    </message>
    <message>
        <source>Moved deal %1 (%2) to %3.</source>
        <translation>Η συμφωνία %1 (%2) μεταφέρθηκε στο %3.</translation>
    </message>
    <message>
        <source>pipelines needs the subcommand list</source>
        <translation>το pipelines χρειάζεται την υποεντολή list</translation>
    </message>
    <message>
        <source>%1 %2 (weighted %3)</source>
        <translation>%1 %2 (σταθμισμένο %3)</translation>
    </message>
    <message>
        <source>--lang needs a language code</source>
        <translation>το --lang χρειάζεται κωδικό γλώσσας</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of system, %2</source>
        <translation>--lang: το «%1» δεν είναι ένα από τα system, %2</translation>
    </message>
    <message>
        <source>%L1 of %L2 leads</source>
        <translation>%L1 από %L2 leads</translation>
    </message>
    <message>
        <source>Conversion rate by attribute (overall %1):</source>
        <translation>Ποσοστό μετατροπής ανά χαρακτηριστικό (συνολικά %1):</translation>
    </message>
    <message>
        <source>%L1 rows read (%2)</source>
        <translation>Αναγνώστηκαν %L1 γραμμές (%2)</translation>
    </message>
    <message>
        <source>Import #%1 of %2: %L3 rows read, %L4 created, %L5 merged (%L6 unchanged), %L7 rejected, in %L8 s.</source>
        <translation>Εισαγωγή #%1 από %2: αναγνώστηκαν %L3 γραμμές, %L4 δημιουργήθηκαν, %L5 συγχωνεύτηκαν (%L6 αμετάβλητες), %L7 απορρίφθηκαν, σε %L8 s.</translation>
    </message>
    <message>
        <source>%L1 of %L2 deals</source>
        <translation>%L1 από %L2 συμφωνίες</translation>
    </message>
    <message>
        <source>First day of the range (YYYY-MM-DD).</source>
        <translation>Πρώτη ημέρα του εύρους (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the range (YYYY-MM-DD).</source>
        <translation>Τελευταία ημέρα του εύρους (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Grouping: campaign, source, rep or month.</source>
        <translation>Ομαδοποίηση: campaign, source, rep ή month.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json ή csv.</translation>
    </message>
    <message>
        <source>With csv: groups, months, funnel or cycle.</source>
        <translation>Με csv: groups, months, funnel ή cycle.</translation>
    </message>
    <message>
        <source>kpi takes no arguments, got &quot;%1&quot;</source>
        <translation>το kpi δεν δέχεται ορίσματα, δόθηκε «%1»</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--to: το «%1» δεν είναι ημερομηνία (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--from: το «%1» δεν είναι ημερομηνία (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>το --from %1 είναι μετά το --to %2</translation>
    </message>
    <message>
        <source>--by: &quot;%1&quot; is not one of campaign, source, rep, month</source>
        <translation>--by: το «%1» δεν είναι ένα από τα campaign, source, rep, month</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of json, csv</source>
        <translation>--format: το «%1» δεν είναι ένα από τα json, csv</translation>
    </message>
    <message>
        <source>--table: &quot;%1&quot; is not one of groups, months, funnel, cycle</source>
        <translation>--table: το «%1» δεν είναι ένα από τα groups, months, funnel, cycle</translation>
    </message>
    <message>
        <source>--table goes with --format csv (JSON holds every table)</source>
        <translation>το --table συνδυάζεται με --format csv (το JSON περιέχει όλους τους πίνακες)</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 was made by an earlier version; keeping a backup copy, then upgrading it…</source>
        <translation>leadbench-cli: το %1 δημιουργήθηκε από παλαιότερη έκδοση· δημιουργία αντιγράφου ασφαλείας και έπειτα αναβάθμιση…</translation>
    </message>
    <message>
        <source>Usage: leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]

Works on the workspace at PATH (default: %1).

Commands:
  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]
        Adds a realistic demo data set: reps, campaigns, N leads (default 5000) with their
        activities, stage history and deals. Creates the workspace if needed.
  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]
             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]
             [--limit N] [--offset N] [--json]
        Lists leads. Stages: subscriber, lead, mql, sql, opportunity, customer, nurturing,
        disqualified. Columns: name, email, company, stage, score, owner, source, country,
        created, updated. Default: newest first, 50 leads.
  leads show ID [--json]
        One lead with its activities and stage history.
  segments list [--json]
        The saved segments (named filters).
  backup OUT
        Writes a consistent copy of the workspace to OUT, also while it is in use.
  restore IN
        Replaces the workspace with the backup IN, after checking it; the current workspace
        is kept in PATH.backups/ first.
  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]
             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]
        Lists deals in board order. The close date is the actual one of a won or lost deal,
        the expected one of an open deal. Dates: YYYY-MM-DD. Default: 50 deals.
  deals show ID [--json]
        One deal with its stage history.
  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]
            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]
        Adds a deal (first open stage of the first pipeline by default); its lead becomes
        an opportunity. P is a percentage, 0 to 100.
  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]
        Moves a deal to a stage of its pipeline (to the top of that column). Won and Lost
        close it: --date defaults to today, --reason is required for Lost. The lead
        follows: won makes it a customer, lost sends it to nurturing.
  pipelines list [--json]
        Pipelines and their stages with deal counts, sums and probability-weighted sums.
  check
        Runs a full integrity check; exit code 1 when the workspace is damaged.
  info [--json]
        Workspace path, format version and counts.
  upgrade
        Upgrades a workspace made by an earlier version to this version&apos;s format, keeping
        a backup copy of it in PATH.backups/ first. Commands that only read need it done.
  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]
              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]
              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]
              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]
        Imports a CSV file (or a .vcf vCard file) into the workspace, creating it if needed. Columns
        are matched from their names (HubSpot, Salesforce, Pipedrive; en, fr, pt, it, el); --map
        and saved mappings change that. Duplicates (same e-mail, else phone, else name and company,
        in the file or the workspace) are skipped (default), fill the lead&apos;s empty fields, or
        overwrite them. Rows that cannot be imported go to a rejects CSV with their line and the
        reason; read = created + merged + rejected. An interrupted import of the same file
        resumes where it stopped (--no-resume starts over). --kind activities matches rows to
        leads by e-mail (opens, clicks, visits, attendance); campaigns takes daily cost and
        visitors; deals takes title, contact e-mail, amount, stage, won/lost, dates, margin.
        The report (--report) holds read, created, merged, rejected, rejects_file, duration.
  imports list [--json] | imports undo ID | imports mappings [--kind KIND]
        The import history; undo removes the rows an import created and gives the fields it
        changed their previous values; the saved column mappings.
  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]
              [--delimiter comma|semicolon|tab] [--no-neutralize]
        Writes all leads, a segment, a search or some leads to CSV (UTF-8; cells starting with
        = + - @ get an apostrophe so spreadsheets never run them) or vCard 4.0 (.vcf).
  queue --rep NAME [--limit N] [--json]
        The rep&apos;s leads in the order to work them: overdue follow-ups, hot leads, new ones.
  route --lead ID [--json]
  route --unassigned-mqls [--json]
        Assigns leads to reps by the routing rules (round-robin as the fallback).
  events list [--json]
  events summary NAME [--json]
        Trade shows and events: leads captured, how many hot, cost per lead.
  score --explain ID [--json] [--now TIME]
        Why lead ID has its score: each rule that counts, how often, its points after decay;
        they add up to the score. With the lead&apos;s score history.
  score --all [--json] [--now TIME]
        Re-scores every lead with the workspace&apos;s rules (only changed scores are written,
        each with a score-history entry; leads crossing the MQL threshold become MQL).
  score --advise [--json]
        Threshold advisor: for each candidate threshold, the share of eventual customers
        above it, the share of leads that would go to sales and the precision, with a
        suggested threshold; and conversion lift by industry, job title, company size,
        source, lead magnet and country.
  score --rules [--json]
        The scoring rules, the MQL threshold and the temperature bands (--json: the rule
        set as a file --set-rules reads).
  score --set-rules FILE
        Replaces the rule set with the JSON file FILE (checked first: a problem is reported
        with the rule and field, and nothing changes), then re-scores every lead.
        TIME is an ISO date and time (UTC unless it says otherwise); default: now.
  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]
      [--table groups|months|funnel|cycle]
        The managers&apos; KPIs for the days D to D (UTC; default: the last 12 months): leads by
        kind, opt-in and sales conversion rates, CPL, CPA, gross margin, ROI, lifetime value,
        average deal size, sales per month with growth, sales cycle (median, 90th percentile),
        the funnel with its biggest leak. JSON holds every table; CSV one (default: the
        groups and a total line). A zero denominator gives null (JSON) or &quot;—&quot; (CSV).
%2%3
Options:
  --db PATH     the workspace file
  --lang CODE   the language of messages: en, fr, pt_BR, it, el or system; default: the
                language chosen in Leadbench&apos;s preferences, else the system&apos;s (LANGUAGE,
                LC_ALL, LC_MESSAGES, LANG). Output for programs (--json, CSV) never changes.
  -h, --help    this help
  --version     the version

Exit codes: 0 done, 1 failed (the message says why), 2 wrong command line.
</source>
        <translation>Χρήση: leadbench-cli [--db PATH] [--lang CODE] COMMAND [OPTIONS]

Λειτουργεί στον χώρο εργασίας στο PATH (προεπιλογή: %1).

Εντολές:
  demo [--leads N] [--activities-per-lead A] [--seed S] [--json]
        Προσθέτει ρεαλιστικά δεδομένα επίδειξης: πωλητές, καμπάνιες, N leads (προεπιλογή 5000) με
        τις δραστηριότητές τους, ιστορικό σταδίων και συμφωνίες. Δημιουργεί τον χώρο εργασίας αν
        χρειάζεται.
  leads list [--search TEXT] [--stage S[,S...]] [--owner NAME] [--source S] [--country C]
             [--temperature hot|warm|cold] [--segment NAME] [--sort COLUMN] [--desc]
             [--limit N] [--offset N] [--json]
        Παραθέτει leads. Στάδια: subscriber, lead, mql, sql, opportunity, customer, nurturing,
        disqualified. Στήλες: name, email, company, stage, score, owner, source, country, created,
        updated. Προεπιλογή: τα νεότερα πρώτα, 50 leads.
  leads show ID [--json]
        Ένα lead με τις δραστηριότητές του και το ιστορικό σταδίων.
  segments list [--json]
        Τα αποθηκευμένα τμήματα (φίλτρα με όνομα).
  backup OUT
        Γράφει ένα συνεπές αντίγραφο του χώρου εργασίας στο OUT, ακόμη και όταν χρησιμοποιείται.
  restore IN
        Αντικαθιστά τον χώρο εργασίας με το αντίγραφο ασφαλείας IN, αφού το ελέγξει· ο τρέχων χώρος
        εργασίας διατηρείται πρώτα στο PATH.backups/.
  deals list [--pipeline NAME] [--stage NAME] [--owner NAME|none] [--search TEXT]
             [--close-from DATE] [--close-to DATE] [--limit N] [--offset N] [--json]
        Παραθέτει συμφωνίες με τη σειρά του πίνακα. Ημερομηνία κλεισίματος είναι η πραγματική για
        κερδισμένη ή χαμένη συμφωνία, η αναμενόμενη για ανοιχτή. Ημερομηνίες: YYYY-MM-DD.
        Προεπιλογή: 50 συμφωνίες.
  deals show ID [--json]
        Μία συμφωνία με το ιστορικό σταδίων της.
  deals add TITLE [--lead ID] [--company C] [--amount A] [--currency EUR] [--close DATE]
            [--owner NAME] [--probability P] [--pipeline NAME] [--stage NAME] [--json]
        Προσθέτει συμφωνία (από προεπιλογή στο πρώτο ανοιχτό στάδιο του πρώτου pipeline)· το lead
        της γίνεται ευκαιρία. Το P είναι ποσοστό, από 0 έως 100.
  deals move ID STAGE [--date DATE] [--reason TEXT] [--margin M] [--json]
        Μεταφέρει συμφωνία σε στάδιο του pipeline της (στην κορυφή της στήλης). Τα Won και Lost την
        κλείνουν: το --date έχει προεπιλογή τη σημερινή ημέρα, το --reason απαιτείται για Lost. Το
        lead ακολουθεί: με won γίνεται πελάτης, με lost πηγαίνει σε nurturing.
  pipelines list [--json]
        Pipelines και τα στάδιά τους με πλήθος συμφωνιών, αθροίσματα και αθροίσματα σταθμισμένα με
        την πιθανότητα.
  check
        Εκτελεί πλήρη έλεγχο ακεραιότητας· κωδικός εξόδου 1 όταν ο χώρος εργασίας είναι
        κατεστραμμένος.
  info [--json]
        Διαδρομή χώρου εργασίας, έκδοση μορφής και πλήθη.
  upgrade
        Αναβαθμίζει έναν χώρο εργασίας που δημιουργήθηκε από παλαιότερη έκδοση στη μορφή αυτής
        της έκδοσης, κρατώντας πρώτα ένα αντίγραφο ασφαλείας στο PATH.backups/. Οι εντολές που
        μόνο διαβάζουν το χρειάζονται.
  import FILE [--kind leads|activities|campaigns|deals] [--on-duplicate skip|fill|overwrite]
              [--encoding auto|utf-8|utf-16le|utf-16be|windows-1252|iso-8859-1|windows-1253]
              [--delimiter ,|;|tab|C] [--mapping NAME] [--map COLUMN=FIELD]... [--save-mapping NAME]
              [--activity-type TYPE] [--rejects FILE] [--batch N] [--no-resume] [--report R.json] [--json]
        Εισάγει αρχείο CSV (ή αρχείο vCard .vcf) στον χώρο εργασίας, δημιουργώντας τον αν
        χρειάζεται. Οι στήλες αντιστοιχίζονται από τα ονόματά τους (HubSpot, Salesforce, Pipedrive·
        en, fr, pt, it, el)· το --map και οι αποθηκευμένες αντιστοιχίσεις το αλλάζουν. Τα διπλότυπα
        (ίδιο email, αλλιώς τηλέφωνο, αλλιώς όνομα και εταιρεία, στο αρχείο ή στον χώρο εργασίας)
        παραλείπονται (προεπιλογή), συμπληρώνουν τα κενά πεδία του lead ή τα αντικαθιστούν. Όσες
        γραμμές δεν εισάγονται πηγαίνουν σε CSV απορρίψεων με τη γραμμή τους και την αιτία·
        αναγνώστηκαν = δημιουργήθηκαν + συγχωνεύτηκαν + απορρίφθηκαν. Μια διακοπείσα εισαγωγή του
        ίδιου αρχείου συνεχίζει από εκεί που σταμάτησε (το --no-resume ξεκινά από την αρχή). Το
        --kind activities αντιστοιχίζει γραμμές σε leads μέσω email (ανοίγματα, κλικ, επισκέψεις,
        συμμετοχή)· το campaigns δέχεται ημερήσιο κόστος και επισκέπτες· το deals δέχεται τίτλο,
        email επαφής, ποσό, στάδιο, won/lost, ημερομηνίες, περιθώριο. Η αναφορά (--report) περιέχει
        read, created, merged, rejected, rejects_file, duration.
  imports list [--json] | imports undo ID | imports mappings [--kind KIND]
        Το ιστορικό εισαγωγών· το undo αφαιρεί τις γραμμές που δημιούργησε μια εισαγωγή και
        επαναφέρει τις προηγούμενες τιμές των πεδίων που άλλαξε· οι αποθηκευμένες αντιστοιχίσεις
        στηλών.
  export FILE [--format csv|vcard] [--segment NAME] [--search TEXT] [--ids 1,2,3] [--bom]
              [--delimiter comma|semicolon|tab] [--no-neutralize]
        Γράφει όλα τα leads, ένα τμήμα, μια αναζήτηση ή ορισμένα leads σε CSV (UTF-8· τα κελιά που
        αρχίζουν με = + - @ παίρνουν απόστροφο ώστε τα υπολογιστικά φύλλα να μην τα εκτελούν ποτέ) ή
        σε vCard 4.0 (.vcf).
  queue --rep NAME [--limit N] [--json]
        Τα leads του πωλητή με τη σειρά επεξεργασίας: εκπρόθεσμες παρακολουθήσεις, θερμά leads, νέα.
  route --lead ID [--json]
  route --unassigned-mqls [--json]
        Αναθέτει leads σε πωλητές βάσει των κανόνων δρομολόγησης (με round-robin ως εφεδρεία).
  events list [--json]
  events summary NAME [--json]
        Εκθέσεις και εκδηλώσεις: leads που συλλέχθηκαν, πόσα θερμά, κόστος ανά lead.
  score --explain ID [--json] [--now TIME]
        Γιατί το lead ID έχει αυτή τη βαθμολογία: κάθε κανόνας που μετράει, πόσες φορές, οι πόντοι
        του μετά την απόσβεση· το άθροισμά τους είναι η βαθμολογία. Με το ιστορικό βαθμολογίας του
        lead.
  score --all [--json] [--now TIME]
        Επαναβαθμολογεί κάθε lead με τους κανόνες του χώρου εργασίας (γράφονται μόνο οι βαθμολογίες
        που άλλαξαν, καθεμία με εγγραφή ιστορικού· τα leads που ξεπερνούν το όριο MQL γίνονται MQL).
  score --advise [--json]
        Σύμβουλος ορίου: για κάθε υποψήφιο όριο, το μερίδιο των τελικών πελατών πάνω από αυτό, το
        μερίδιο των leads που θα πήγαιναν στις πωλήσεις και η ακρίβεια, με ένα προτεινόμενο όριο·
        και lift μετατροπής ανά κλάδο, θέση εργασίας, μέγεθος εταιρείας, πηγή, lead magnet και χώρα.
  score --rules [--json]
        Οι κανόνες βαθμολόγησης, το όριο MQL και οι ζώνες θερμοκρασίας (--json: το σύνολο κανόνων ως
        αρχείο που διαβάζει το --set-rules).
  score --set-rules FILE
        Αντικαθιστά το σύνολο κανόνων με το αρχείο JSON FILE (ελέγχεται πρώτα: ένα πρόβλημα
        αναφέρεται με τον κανόνα και το πεδίο, και τίποτα δεν αλλάζει) και μετά επαναβαθμολογεί κάθε
        lead. Το TIME είναι ημερομηνία και ώρα ISO (UTC, εκτός αν ορίζεται αλλιώς)· προεπιλογή:
        τώρα.
  kpi [--from D] [--to D] [--by campaign|source|rep|month] [--format json|csv]
      [--table groups|months|funnel|cycle]
        Τα KPI της διοίκησης για τις ημέρες D έως D (UTC· προεπιλογή: οι τελευταίοι 12 μήνες): leads
        ανά είδος, ποσοστά συναίνεσης και μετατροπής σε πωλήσεις, CPL, CPA, μικτό περιθώριο, ROI,
        αξία διάρκειας ζωής πελάτη, μέσο μέγεθος συμφωνίας, πωλήσεις ανά μήνα με την αύξηση, κύκλος
        πωλήσεων (διάμεσος, 90ό εκατοστημόριο), το χωνί με τη μεγαλύτερη διαρροή του. Το JSON
        περιέχει όλους τους πίνακες· το CSV έναν (προεπιλογή: οι ομάδες και μια γραμμή συνόλου).
        Μηδενικός παρονομαστής δίνει null (JSON) ή «—» (CSV).
%2%3
Επιλογές:
  --db PATH     το αρχείο του χώρου εργασίας
  --lang CODE   η γλώσσα των μηνυμάτων: en, fr, pt_BR, it, el ή system· προεπιλογή: η γλώσσα
                που επιλέχθηκε στις προτιμήσεις του Leadbench, αλλιώς του συστήματος (LANGUAGE,
                LC_ALL, LC_MESSAGES, LANG). Η έξοδος για προγράμματα (--json, CSV) δεν αλλάζει ποτέ.
  -h, --help    αυτή η βοήθεια
  --version     η έκδοση

Κωδικοί εξόδου: 0 ολοκληρώθηκε, 1 απέτυχε (το μήνυμα εξηγεί γιατί), 2 λάθος γραμμή εντολών.
</translation>
    </message>
    <message>
        <source>Upgrade it with: leadbench-cli --db %1 upgrade (a backup copy is kept first).</source>
        <translation>Αναβαθμίστε το με: leadbench-cli --db %1 upgrade (πρώτα κρατείται αντίγραφο ασφαλείας).</translation>
    </message>
    <message>
        <source>upgrade takes no arguments</source>
        <translation>το upgrade δεν δέχεται ορίσματα</translation>
    </message>
    <message>
        <source>%1 is already in this version&apos;s format (%2).</source>
        <translation>Το %1 είναι ήδη στη μορφή αυτής της έκδοσης (%2).</translation>
    </message>
    <message>
        <source>Upgraded %1 from format %2 to %3.</source>
        <translation>Το %1 αναβαθμίστηκε από τη μορφή %2 στη μορφή %3.</translation>
    </message>
    <message>
        <source>The file as it was is kept in %1.</source>
        <translation>Το αρχείο όπως ήταν κρατείται στο %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1 in %L2 s.</source>
        <translation>
            <numerusform>Εξήχθη %Ln lead στο %1 σε %L2 s.</numerusform>
            <numerusform>Εξήχθησαν %Ln leads στο %1 σε %L2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CloseDealDialog</name>
    <message>
        <source>Deal won</source>
        <translation>Κερδισμένη συμφωνία</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Χαμένη συμφωνία</translation>
    </message>
    <message>
        <source>%1 (%2) is won.</source>
        <translation>Η συμφωνία %1 (%2) κερδήθηκε.</translation>
    </message>
    <message>
        <source>%1 (%2) is lost.</source>
        <translation>Η συμφωνία %1 (%2) χάθηκε.</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <source>&amp;Won on:</source>
        <translation>&amp;Κερδήθηκε στις:</translation>
    </message>
    <message>
        <source>&amp;Lost on:</source>
        <translation>&amp;Χάθηκε στις:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Best fit for their need</source>
        <translation>Καλύτερη κάλυψη της ανάγκης τους</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Σχέση</translation>
    </message>
    <message>
        <source>Faster to deliver</source>
        <translation>Ταχύτερη παράδοση</translation>
    </message>
    <message>
        <source>Why we won (optional)</source>
        <translation>Γιατί κερδίσαμε (προαιρετικό)</translation>
    </message>
    <message>
        <source>Not now: budget frozen</source>
        <translation>Όχι τώρα: παγωμένος προϋπολογισμός</translation>
    </message>
    <message>
        <source>Went with a competitor</source>
        <translation>Προτίμησαν ανταγωνιστή</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Πολύ υψηλή τιμή</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Καμία απόφαση</translation>
    </message>
    <message>
        <source>Not a fit</source>
        <translation>Δεν ταιριάζει</translation>
    </message>
    <message>
        <source>Why it was lost (required)</source>
        <translation>Γιατί χάθηκε (υποχρεωτικό)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Αιτία:</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Μικτό περιθώριο</translation>
    </message>
    <message>
        <source>Optional, in %1</source>
        <translation>Προαιρετικό, σε %1</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>Μικτό &amp;περιθώριο:</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Σήμανση ως κερδισμένη</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Σήμανση ως χαμένη</translation>
    </message>
    <message>
        <source>Give the reason the deal was lost: the win/loss analysis counts on it.</source>
        <translation>Δώστε την αιτία που χάθηκε η συμφωνία: η ανάλυση κερδών/απωλειών βασίζεται σε αυτήν.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Μικτό περιθώριο: το «%1» δεν είναι αριθμός (γράψτε τον ως %2).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Full name (first and last)</source>
        <translation>Ονοματεπώνυμο (όνομα και επώνυμο)</translation>
    </message>
    <message>
        <source>Lead e-mail</source>
        <translation>Email του lead</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Τύπος δραστηριότητας</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ημερομηνία και ώρα</translation>
    </message>
    <message>
        <source>Detail (subject, page, webinar)</source>
        <translation>Λεπτομέρεια (θέμα, σελίδα, webinar)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Επισκέπτες</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Κλικ</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Τίτλος συμφωνίας</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Email επαφής</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Στάδιο pipeline</translation>
    </message>
    <message>
        <source>Won / lost</source>
        <translation>Κερδισμένη / χαμένη</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Μικτό περιθώριο</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Αιτία κλεισίματος</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Να μη γίνει εισαγωγή</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>These fields changed both here and in the CRM since the last sync. Choose which value to keep; the next sync sends it.</source>
        <translation>Αυτά τα πεδία άλλαξαν και εδώ και στο CRM από τον τελευταίο συγχρονισμό. Επιλέξτε ποια τιμή θα διατηρηθεί· ο επόμενος συγχρονισμός τη στέλνει.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Εδώ</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>Στο CRM</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Διατήρηση</translation>
    </message>
    <message>
        <source>Keep &amp;All of Leadbench&apos;s</source>
        <translation>Διατήρηση ό&amp;λων του Leadbench</translation>
    </message>
    <message>
        <source>Take All of the &amp;CRM&apos;s</source>
        <translation>Λήψη όλων του &amp;CRM</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>(ολόκληρη η εγγραφή)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>άλλαξε</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>διαγράφηκε</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>Value to keep</source>
        <translation>Τιμή προς διατήρηση</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Απόφαση αργότερα</translation>
    </message>
    <message>
        <source>Keep it here (create it again in the CRM)</source>
        <translation>Διατήρηση εδώ (εκ νέου δημιουργία στο CRM)</translation>
    </message>
    <message>
        <source>Leadbench&apos;s value</source>
        <translation>Τιμή του Leadbench</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Διαγραφή και εδώ</translation>
    </message>
    <message>
        <source>The CRM&apos;s value</source>
        <translation>Τιμή του CRM</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Edit Connection</source>
        <translation>Επεξεργασία σύνδεσης</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Προσθήκη σύνδεσης</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Όνομα σύνδεσης</translation>
    </message>
    <message>
        <source>e.g. HubSpot (sales team)</source>
        <translation>π.χ. HubSpot (ομάδα πωλήσεων)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>&amp;CRM:</source>
        <translation>&amp;CRM:</translation>
    </message>
    <message>
        <source>When both sides changed a field</source>
        <translation>Όταν και οι δύο πλευρές άλλαξαν ένα πεδίο</translation>
    </message>
    <message>
        <source>When &amp;both sides changed a field:</source>
        <translation>Όταν &amp;και οι δύο πλευρές άλλαξαν ένα πεδίο:</translation>
    </message>
    <message>
        <source>Secrets are kept in your system keychain only, never in the workspace or the settings.</source>
        <translation>Τα μυστικά φυλάσσονται μόνο στην κλειδοθήκη του συστήματός σας, ποτέ στον χώρο εργασίας ή στις ρυθμίσεις.</translation>
    </message>
    <message>
        <source>No CRM connector plug-ins were found in %1.</source>
        <translation>Δεν βρέθηκαν πρόσθετα σύνδεσης CRM στο %1.</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>αμετάβλητο (φυλάσσεται στην κλειδοθήκη)</translation>
    </message>
    <message>
        <source>Choose a CRM.</source>
        <translation>Επιλέξτε CRM.</translation>
    </message>
</context>
<context>
    <name>ConnectorRegistry</name>
    <message>
        <source>not a Qt plug-in: %1</source>
        <translation>δεν είναι πρόσθετο Qt: %1</translation>
    </message>
    <message>
        <source>built for another connector interface (%1; this Leadbench needs %2)</source>
        <translation>κατασκευάστηκε για άλλη διεπαφή σύνδεσης (%1· αυτό το Leadbench χρειάζεται %2)</translation>
    </message>
    <message>
        <source>its metadata has no id</source>
        <translation>τα μεταδεδομένα του δεν έχουν id</translation>
    </message>
    <message>
        <source>another plug-in already provides the connector &quot;%1&quot;</source>
        <translation>άλλο πρόσθετο παρέχει ήδη τη σύνδεση «%1»</translation>
    </message>
    <message>
        <source>its metadata says &quot;%1&quot; but it says it is &quot;%2&quot;</source>
        <translation>τα μεταδεδομένα του λένε «%1» αλλά το ίδιο δηλώνει «%2»</translation>
    </message>
    <message>
        <source>it does not implement the connector interface</source>
        <translation>δεν υλοποιεί τη διεπαφή σύνδεσης</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot;: no plug-ins were found in %2.</source>
        <translation>Δεν υπάρχει πρόσθετο σύνδεσης «%1»: δεν βρέθηκαν πρόσθετα στο %2.</translation>
    </message>
    <message>
        <source>No connector plug-in &quot;%1&quot; (found: %2).</source>
        <translation>Δεν υπάρχει πρόσθετο σύνδεσης «%1» (βρέθηκαν: %2).</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no keychain is reachable (no Secret Service such as GNOME Keyring or KeePassXC, no KWallet: %1)</source>
        <translation>δεν είναι προσβάσιμη καμία κλειδοθήκη (κανένα Secret Service όπως GNOME Keyring ή KeePassXC, κανένα KWallet: %1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>η κλειδοθήκη αρνήθηκε την πρόσβαση (%1)</translation>
    </message>
    <message>
        <source>the keychain failed (%1)</source>
        <translation>η κλειδοθήκη απέτυχε (%1)</translation>
    </message>
    <message>
        <source>The secret was not stored: %1. Leadbench keeps secrets only in the system keychain; start or unlock it and try again.</source>
        <translation>Το μυστικό δεν αποθηκεύτηκε: %1. Το Leadbench φυλάσσει μυστικά μόνο στην κλειδοθήκη του συστήματος· ξεκινήστε ή ξεκλειδώστε την και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The connection&apos;s secret could not be read: %1.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση του μυστικού της σύνδεσης: %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>Το %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>(text)</source>
        <translation>(κείμενο)</translation>
    </message>
    <message>
        <source>Cannot create a temporary file to read %1: %2</source>
        <translation>Δεν είναι δυνατή η δημιουργία προσωρινού αρχείου για την ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>The delimiter must be a single ASCII character (comma, semicolon, tab…).</source>
        <translation>Ο διαχωριστής πρέπει να είναι ένας χαρακτήρας ASCII (κόμμα, ερωτηματικό, tab…).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line.</source>
        <translation>Το %1 είναι κενό: δεν έχει γραμμή κεφαλίδας.</translation>
    </message>
    <message>
        <source>%1, line %2: the header line is malformed: %3</source>
        <translation>%1, γραμμή %2: η γραμμή κεφαλίδας είναι κακοσχηματισμένη: %3</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed within 16 MB</source>
        <translation>ένα πεδίο σε εισαγωγικά που ανοίγει σε αυτή τη γραμμή δεν κλείνει μέσα σε 16 MB</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>ένα πεδίο σε εισαγωγικά που ανοίγει σε αυτή τη γραμμή δεν κλείνει ποτέ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Πρώτη ημέρα</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Τελευταία ημέρα</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Ομαδοποίηση ανά</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>PDF Report…</source>
        <translation>Αναφορά PDF…</translation>
    </message>
    <message>
        <source>Charts as PNG…</source>
        <translation>Γραφήματα ως PNG…</translation>
    </message>
    <message>
        <source>Tables as CSV…</source>
        <translation>Πίνακες ως CSV…</translation>
    </message>
    <message>
        <source>&amp;Campaigns…</source>
        <translation>&amp;Καμπάνιες…</translation>
    </message>
    <message>
        <source>Campaigns, their channel, cost entries per day, visitors and dates</source>
        <translation>Καμπάνιες, το κανάλι τους, εγγραφές κόστους ανά ημέρα, επισκέπτες και ημερομηνίες</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Από</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Έ&amp;ως</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Ομαδοποίηση ανά</translation>
    </message>
    <message>
        <source>KPIs by group</source>
        <translation>KPI ανά ομάδα</translation>
    </message>
    <message>
        <source>Click a bar or a slice to list the leads or deals behind it.</source>
        <translation>Κάντε κλικ σε μια ράβδο ή έναν τομέα για να δείτε τα leads ή τις συμφωνίες που αντιστοιχούν.</translation>
    </message>
    <message>
        <source>Leads or deals behind the figure</source>
        <translation>Leads ή συμφωνίες που αντιστοιχούν στην τιμή</translation>
    </message>
    <message>
        <source>Open a workspace to see its KPIs.</source>
        <translation>Ανοίξτε έναν χώρο εργασίας για να δείτε τα KPI του.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2): choose a range that starts before it ends.</source>
        <translation>Η πρώτη ημέρα (%1) είναι μετά την τελευταία (%2): επιλέξτε εύρος που αρχίζει πριν τελειώσει.</translation>
    </message>
    <message>
        <source>The KPIs could not be computed; see the workspace check (File menu).</source>
        <translation>Δεν ήταν δυνατός ο υπολογισμός των KPI· δείτε τον έλεγχο του χώρου εργασίας (μενού Αρχείο).</translation>
    </message>
    <message>
        <source>Leads %1 · MQL %2 · SQL %3 · Free trials %4 · New customers %5 · Total sales %6 · Gross margin %7 · Cost %8 · CPL %9 · CPA %10 · ROI %11 · Lifetime value %12 · Average deal %13 · Sales cycle %14 days (median), %15 (90%)</source>
        <translation>Leads %1 · MQL %2 · SQL %3 · Δωρεάν δοκιμές %4 · Νέοι πελάτες %5 · Συνολικές πωλήσεις %6 · Μικτό περιθώριο %7 · Κόστος %8 · CPL %9 · CPA %10 · ROI %11 · Αξία διάρκειας ζωής %12 · Μέση συμφωνία %13 · Κύκλος πωλήσεων %14 ημέρες (διάμεσος), %15 (90%)</translation>
    </message>
    <message>
        <source>Biggest leak: %1 → %2, only %3 go on.</source>
        <translation>Μεγαλύτερη διαρροή: %1 → %2, προχωρά μόνο το %3.</translation>
    </message>
    <message>
        <source>Biggest leak: %1 (no leads in the range).</source>
        <translation>Μεγαλύτερη διαρροή: %1 (κανένα lead στο εύρος).</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Χωνί</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>funnel step “%1”</source>
        <translation>βήμα χωνιού «%1»</translation>
    </message>
    <message>
        <source>Total sales per month</source>
        <translation>Συνολικές πωλήσεις ανά μήνα</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Συνολικές πωλήσεις</translation>
    </message>
    <message>
        <source>Growth over the month before (%)</source>
        <translation>Αύξηση σε σχέση με τον προηγούμενο μήνα (%)</translation>
    </message>
    <message>
        <source>sales of %1</source>
        <translation>πωλήσεις του %1</translation>
    </message>
    <message>
        <source>CPL, CPA and ROI by campaign</source>
        <translation>CPL, CPA και ROI ανά καμπάνια</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>ROI (%)</source>
        <translation>ROI (%)</translation>
    </message>
    <message>
        <source>campaign “%1”</source>
        <translation>καμπάνια «%1»</translation>
    </message>
    <message>
        <source>Leads by source</source>
        <translation>Leads ανά πηγή</translation>
    </message>
    <message>
        <source>source “%1”</source>
        <translation>πηγή «%1»</translation>
    </message>
    <message>
        <source>Sales cycle (first touch to close): median %1 days, 90% within %2</source>
        <translation>Κύκλος πωλήσεων (από την πρώτη επαφή έως το κλείσιμο): διάμεσος %1 ημέρες, το 90% εντός %2</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Κερδισμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ημέρες</translation>
    </message>
    <message>
        <source>deals closed in %1</source>
        <translation>συμφωνίες που έκλεισαν σε %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Πίνακας ελέγχου</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Leads behind %1: the newest %2 of %3. Double-click one to open it.</source>
        <translation>Leads για %1: τα %2 νεότερα από %3. Κάντε διπλό κλικ σε ένα για να ανοίξει.</translation>
    </message>
    <message>
        <source>Leads behind %1: %2. Double-click one to open it.</source>
        <translation>Leads για %1: %2. Κάντε διπλό κλικ σε ένα για να ανοίξει.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Συμφωνία</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Κερδήθηκε στις</translation>
    </message>
    <message>
        <source>Won deals behind %1: the latest %2 of %3. Double-click one to open its lead.</source>
        <translation>Κερδισμένες συμφωνίες για %1: οι %2 πιο πρόσφατες από %3. Κάντε διπλό κλικ σε μία για να ανοίξει το lead της.</translation>
    </message>
    <message>
        <source>Won deals behind %1: %2. Double-click one to open its lead.</source>
        <translation>Κερδισμένες συμφωνίες για %1: %2. Κάντε διπλό κλικ σε μία για να ανοίξει το lead της.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1.</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>Αναφορά KPI</translation>
    </message>
    <message>
        <source>%1 to %2, by %3 · made %4</source>
        <translation>%1 έως %2, ανά %3 · δημιουργήθηκε %4</translation>
    </message>
    <message>
        <source>Biggest leak</source>
        <translation>Μεγαλύτερη διαρροή</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Σύνολα</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>KPIs by %1 (1/2)</source>
        <translation>KPI ανά %1 (1/2)</translation>
    </message>
    <message>
        <source>KPIs by %1 (2/2)</source>
        <translation>KPI ανά %1 (2/2)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Αύξηση</translation>
    </message>
    <message>
        <source>biggest leak</source>
        <translation>μεγαλύτερη διαρροή</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Βήμα</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Μετατροπή</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Κύκλος πωλήσεων</translation>
    </message>
    <message>
        <source>First touch to close</source>
        <translation>Από την πρώτη επαφή έως το κλείσιμο</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Εξαγωγή αναφοράς PDF</translation>
    </message>
    <message>
        <source>kpi-report.pdf</source>
        <translation>kpi-report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Εξαγωγή γραφημάτων ως PNG</translation>
    </message>
    <message>
        <source>Export Tables as CSV</source>
        <translation>Εξαγωγή πινάκων ως CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Εξήχθη %n αρχείο.</numerusform>
            <numerusform>Εξήχθησαν %n αρχεία.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Δεν είναι δυνατή η δημιουργία του %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο χώρου εργασίας.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Το %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Ο φάκελος %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του %1: %2</translation>
    </message>
</context>
<context>
    <name>DealBoard</name>
    <message>
        <source>No pipeline yet. Create one with &quot;New pipeline&quot;, or add a deal.</source>
        <translation>Δεν υπάρχει ακόμη pipeline. Δημιουργήστε ένα με «Νέο pipeline» ή προσθέστε μια συμφωνία.</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Συμφωνίες στο %1</translation>
    </message>
    <message>
        <source>Cannot read the deals: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των συμφωνιών: %1</translation>
    </message>
    <message>
        <source>No pipeline yet. Create one with Pipeline &gt; New pipeline, or add a deal.</source>
        <translation>Δεν υπάρχει ακόμη pipeline. Δημιουργήστε ένα με Pipeline &gt; Νέο pipeline ή προσθέστε μια συμφωνία.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Δεν είναι ανοιχτός κανένας χώρος εργασίας.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Σταθμισμένο: %1</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Κλειστή κερδισμένη</translation>
    </message>
    <message>
        <source>Closed lost</source>
        <translation>Κλειστή χαμένη</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts.</source>
        <translation>
            <numerusform>%n συμφωνία στο %1· το άθροισμα του ποσού της.</numerusform>
            <numerusform>%n συμφωνίες στο %1· το άθροισμα των ποσών τους.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the deals of %1.</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των συμφωνιών του %1.</translation>
    </message>
    <message>
        <source>The workspace is read-only: deals cannot be moved.</source>
        <translation>Ο χώρος εργασίας είναι μόνο για ανάγνωση: οι συμφωνίες δεν μπορούν να μετακινηθούν.</translation>
    </message>
    <message>
        <source>Move deal</source>
        <translation>Μετακίνηση συμφωνίας</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Το %1 μεταφέρθηκε στο %2.</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Μεταφορά σε</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>Νέα &amp;συμφωνία…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Νέα συμφωνία</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Προστέθηκε: %1.</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Άνοιγμα συμφωνίας</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Επεξεργασία συμφωνίας</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Διαγραφή συμφωνίας</translation>
    </message>
    <message>
        <source>Delete %1 with its stage history? Edit &gt; Undo brings it back.</source>
        <translation>Διαγραφή του %1 μαζί με το ιστορικό σταδίων; Η Επεξεργασία &gt; Αναίρεση το επαναφέρει.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back.</source>
        <translation>Διαγράφηκε: %1. Η Αναίρεση το επαναφέρει.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) in %1; the sum of their amounts, and that sum weighted by each deal&apos;s probability (%2 by default in this stage).</source>
        <translation>
            <numerusform>%n συμφωνία στο %1· το ποσό της, και αυτό σταθμισμένο με την πιθανότητα της συμφωνίας (%2 από προεπιλογή σε αυτό το στάδιο).</numerusform>
            <numerusform>%n συμφωνίες στο %1· το άθροισμα των ποσών τους, και αυτό σταθμισμένο με την πιθανότητα κάθε συμφωνίας (%2 από προεπιλογή σε αυτό το στάδιο).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DealCardDelegate</name>
    <message>
        <source>Won %1</source>
        <translation>Κερδήθηκε %1</translation>
    </message>
    <message>
        <source>Lost %1</source>
        <translation>Χάθηκε %1</translation>
    </message>
    <message>
        <source>%L1 d</source>
        <comment>days in the stage</comment>
        <translation>%L1 ημ.</translation>
    </message>
    <message>
        <source>⚠ rotting, %L1 d</source>
        <comment>days in the stage, past its limit</comment>
        <translation>⚠ λιμνάζει, %L1 ημ.</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Χωρίς επόμενο βήμα</translation>
    </message>
    <message>
        <source>Overdue today %1</source>
        <translation>Εκπρόθεσμο σήμερα %1</translation>
    </message>
    <message>
        <source>Next today %1</source>
        <translation>Επόμενο σήμερα %1</translation>
    </message>
    <message>
        <source>Overdue %1</source>
        <translation>Εκπρόθεσμο %1</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Επόμενο %1</translation>
    </message>
</context>
<context>
    <name>DealColumnModel</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>χωρίς εταιρεία</translation>
    </message>
</context>
<context>
    <name>DealCommands</name>
    <message>
        <source>New deal</source>
        <translation>Νέα συμφωνία</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Επεξεργασία συμφωνίας</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Μεταφορά του %1 στο %2</translation>
    </message>
</context>
<context>
    <name>DealEditorDialog</name>
    <message>
        <source>Deal</source>
        <translation>Συμφωνία</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Νέα συμφωνία</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>What is being sold, e.g. &quot;40 seats, yearly&quot;</source>
        <translation>Τι πωλείται, π.χ. «40 θέσεις, ετήσια»</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Type part of a name, e-mail or company</source>
        <translation>Πληκτρολογήστε μέρος ονόματος, email ή εταιρείας</translation>
    </message>
    <message>
        <source>&amp;Lead:</source>
        <translation>&amp;Lead:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>The lead&apos;s company when empty</source>
        <translation>Η εταιρεία του lead όταν είναι κενό</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Εταιρεία:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Ποσό:</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Αναμενόμενο</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Αναμενόμενη ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <source>Close &amp;date:</source>
        <translation>&amp;Ημερομηνία κλεισίματος:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Στάδιο:</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>Πι&amp;θανότητα:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Υπεύθυνος:</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Μικτό περιθώριο</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Προαιρετικό</translation>
    </message>
    <message>
        <source>Gross &amp;margin:</source>
        <translation>Μι&amp;κτό περιθώριο:</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>Κερδήθηκε στις %1</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>Χάθηκε στις %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Αποτέλεσμα:</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Αιτία κλεισίματος</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Αιτία:</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Ιστορικό σταδίων</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(deleted stage)</source>
        <translation>(διαγραμμένο στάδιο)</translation>
    </message>
    <message>
        <source>Entered %1</source>
        <translation>Είσοδος %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Ιστορικό:</translation>
    </message>
    <message>
        <source>&amp;Delete deal…</source>
        <translation>&amp;Διαγραφή συμφωνίας…</translation>
    </message>
    <message>
        <source>Lead: choose the lead from the list that opens as you type, or clear the field.</source>
        <translation>Lead: επιλέξτε το lead από τη λίστα που ανοίγει καθώς πληκτρολογείτε ή καθαρίστε το πεδίο.</translation>
    </message>
    <message>
        <source>Gross margin: &quot;%1&quot; is not a number (write it as %2).</source>
        <translation>Μικτό περιθώριο: το «%1» δεν είναι αριθμός (γράψτε τον ως %2).</translation>
    </message>
    <message>
        <source>Stage default (%1)</source>
        <translation>Προεπιλογή σταδίου (%1)</translation>
    </message>
</context>
<context>
    <name>DealOutcome</name>
    <message>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
</context>
<context>
    <name>DealRepository</name>
    <message>
        <source>Deal #%1 does not exist (it may have been deleted).</source>
        <translation>Η συμφωνία #%1 δεν υπάρχει (ίσως έχει διαγραφεί).</translation>
    </message>
    <message>
        <source>Title: a deal needs a title.</source>
        <translation>Τίτλος: μια συμφωνία χρειάζεται τίτλο.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters (%1 given).</source>
        <translation>Τίτλος: έως 300 χαρακτήρες (δόθηκαν %1).</translation>
    </message>
    <message>
        <source>Amount: must be a number of 0 or more.</source>
        <translation>Ποσό: πρέπει να είναι αριθμός 0 ή μεγαλύτερος.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than a desktop pipeline holds (at most 1,000,000,000,000).</source>
        <translation>Ποσό: το %1 υπερβαίνει ό,τι χωράει ένα pipeline επιτραπέζιου υπολογιστή (έως 1.000.000.000.000).</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO code such as EUR, USD or BRL.</source>
        <translation>Νόμισμα: το «%1» δεν είναι τριψήφιος κωδικός ISO όπως EUR, USD ή BRL.</translation>
    </message>
    <message>
        <source>Probability: must be between 0 and 100%.</source>
        <translation>Πιθανότητα: πρέπει να είναι μεταξύ 0 και 100%.</translation>
    </message>
    <message>
        <source>Gross margin: not a number.</source>
        <translation>Μικτό περιθώριο: δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>Expected close: not a date.</source>
        <translation>Αναμενόμενο κλείσιμο: δεν είναι ημερομηνία.</translation>
    </message>
    <message>
        <source>Lead: #%1 does not exist.</source>
        <translation>Lead: το #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Owner: rep #%1 does not exist.</source>
        <translation>Υπεύθυνος: ο πωλητής #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Cannot find a place for the deal in its column.</source>
        <translation>Δεν βρέθηκε θέση για τη συμφωνία στη στήλη της.</translation>
    </message>
    <message>
        <source>Pipeline &quot;%1&quot; has no open stage for a new deal.</source>
        <translation>Το pipeline «%1» δεν έχει ανοιχτό στάδιο για νέα συμφωνία.</translation>
    </message>
    <message>
        <source>Stage #%1 is not a stage of pipeline &quot;%2&quot;.</source>
        <translation>Το στάδιο #%1 δεν είναι στάδιο του pipeline «%2».</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage, not in &quot;%1&quot;; close it afterwards.</source>
        <translation>Μια νέα συμφωνία ξεκινά σε ανοιχτό στάδιο, όχι στο «%1»· κλείστε την στη συνέχεια.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Deal created: %1</source>
        <translation>Δημιουργήθηκε συμφωνία: %1</translation>
    </message>
    <message>
        <source>Deal linked: %1</source>
        <translation>Συνδέθηκε συμφωνία: %1</translation>
    </message>
    <message>
        <source>Stage #%1 does not exist.</source>
        <translation>Το στάδιο #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Moving &quot;%1&quot; to %2 needs the date it was closed.</source>
        <translation>Η μεταφορά του «%1» στο %2 χρειάζεται την ημερομηνία κλεισίματος.</translation>
    </message>
    <message>
        <source>Close date: %1 is in the future.</source>
        <translation>Ημερομηνία κλεισίματος: η %1 είναι στο μέλλον.</translation>
    </message>
    <message>
        <source>Give the reason &quot;%1&quot; was lost: the win/loss analysis counts on it.</source>
        <translation>Δώστε την αιτία που χάθηκε το «%1»: η ανάλυση κερδών/απωλειών βασίζεται σε αυτήν.</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Κερδισμένη συμφωνία: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1 (%2)</source>
        <translation>Χαμένη συμφωνία: %1 (%2)</translation>
    </message>
    <message>
        <source>Deal reopened: %1</source>
        <translation>Επανάνοιγμα συμφωνίας: %1</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <source>Load demo data</source>
        <translation>Φόρτωση δεδομένων επίδειξης</translation>
    </message>
    <message>
        <source>Adds sales reps, campaigns with their costs, and leads from France, Brazil, Portugal, Italy, Greece and elsewhere, with their e-mail opens, clicks, page visits, meetings, stage history and deals.</source>
        <translation>Προσθέτει πωλητές, καμπάνιες με το κόστος τους και leads από Γαλλία, Βραζιλία, Πορτογαλία, Ιταλία, Ελλάδα και αλλού, με ανοίγματα email, κλικ, επισκέψεις σελίδων, συναντήσεις, ιστορικό σταδίων και συμφωνίες.</translation>
    </message>
    <message>
        <source>Number of leads</source>
        <translation>Αριθμός leads</translation>
    </message>
    <message>
        <source>&amp;Leads:</source>
        <translation>&amp;Leads:</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Φόρτωση</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Εγγραφή…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Διακοπή μετά την τρέχουσα παρτίδα…</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <source>Dry Run — %1</source>
        <translation>Δοκιμαστική εκτέλεση — %1</translation>
    </message>
    <message>
        <source>The dry run stopped: %1</source>
        <translation>Η δοκιμαστική εκτέλεση σταμάτησε: %1</translation>
    </message>
    <message>
        <source>Nothing to do: both sides agree.</source>
        <translation>Τίποτα για να γίνει: οι δύο πλευρές συμφωνούν.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Σχεδιαζόμενες αλλαγές</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Γίνεται</translation>
    </message>
    <message>
        <source>create</source>
        <translation>δημιουργία</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ενημέρωση</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>διαγραφή</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>διένεξη</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… και %n ακόμη αλλαγή.</numerusform>
            <numerusform>… και %n ακόμη αλλαγές.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Nothing was written. A sync would make these changes (%L1 pulled, %L2 pushed, %L3 conflicts):</source>
        <translation>Δεν γράφτηκε τίποτα. Ένας συγχρονισμός θα έκανε αυτές τις αλλαγές (%L1 λήψεις, %L2 αποστολές, %L3 διενέξεις):</translation>
    </message>
</context>
<context>
    <name>DuplicatePolicy</name>
    <message>
        <source>Skip: keep the lead as it is</source>
        <translation>Παράλειψη: το lead μένει ως έχει</translation>
    </message>
    <message>
        <source>Fill the lead&apos;s empty fields</source>
        <translation>Συμπλήρωση των κενών πεδίων του lead</translation>
    </message>
    <message>
        <source>Overwrite the lead&apos;s fields with the file&apos;s values</source>
        <translation>Αντικατάσταση των πεδίων του lead με τις τιμές του αρχείου</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export leads</source>
        <translation>Εξαγωγή leads</translation>
    </message>
    <message>
        <source>The selected leads: %1</source>
        <translation>Τα επιλεγμένα leads: %1</translation>
    </message>
    <message>
        <source>The leads shown (search and filters): %1</source>
        <translation>Τα leads που εμφανίζονται (αναζήτηση και φίλτρα): %1</translation>
    </message>
    <message>
        <source>The segment</source>
        <translation>Το τμήμα</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation>Όλα τα leads: %1</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with byte-order mark)</source>
        <translation>CSV για Excel (UTF-8 με σήμανση σειράς byte)</translation>
    </message>
    <message>
        <source>vCard (.vcf)</source>
        <translation>vCard (.vcf)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Μορφή:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Αρχείο προς εγγραφή</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ανα&amp;ζήτηση…</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Αρχ&amp;είο:</translation>
    </message>
    <message>
        <source>Cells starting with = + - @ get an apostrophe (spreadsheets never run them)</source>
        <translation>Τα κελιά που αρχίζουν με = + - @ παίρνουν απόστροφο (τα υπολογιστικά φύλλα δεν τα εκτελούν ποτέ)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Αρχεία vCard (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Choose a file to write in an existing folder.</source>
        <translation>Επιλέξτε αρχείο προς εγγραφή σε υπάρχοντα φάκελο.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>Το %1 υπάρχει. Να αντικατασταθεί;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>%1 leads written…</source>
        <translation>Γράφτηκαν %1 leads…</translation>
    </message>
</context>
<context>
    <name>FieldCondition</name>
    <message>
        <source>is</source>
        <translation>είναι</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>περιέχει</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>είναι ένα από</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>είναι τουλάχιστον</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>είναι το πολύ</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>είναι συμπληρωμένο</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1: give a value to compare with.</source>
        <translation>%1: δώστε μια τιμή για σύγκριση.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: το «%2» δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>unknown field or operator in %1</source>
        <translation>άγνωστο πεδίο ή τελεστής στο %1</translation>
    </message>
</context>
<context>
    <name>FieldMappingDialog</name>
    <message>
        <source>Field Mapping — %1</source>
        <translation>Αντιστοίχιση πεδίων — %1</translation>
    </message>
    <message>
        <source>Which Leadbench field goes to which CRM field. &quot;Leadbench decides&quot; or &quot;CRM decides&quot; makes one side the source of truth for the field; otherwise a field changed on both sides is a conflict. An empty value never replaces a filled one unless you allow it.</source>
        <translation>Ποιο πεδίο του Leadbench αντιστοιχεί σε ποιο πεδίο του CRM. Το «Αποφασίζει το Leadbench» ή «Αποφασίζει το CRM» κάνει τη μία πλευρά πηγή αλήθειας για το πεδίο· αλλιώς ένα πεδίο που άλλαξε και στις δύο πλευρές είναι διένεξη. Μια κενή τιμή δεν αντικαθιστά ποτέ μια συμπληρωμένη, εκτός αν το επιτρέψετε.</translation>
    </message>
    <message>
        <source>%1 field mapping</source>
        <translation>Αντιστοίχιση πεδίων %1</translation>
    </message>
    <message>
        <source>Leadbench field</source>
        <translation>Πεδίο Leadbench</translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation>Πεδίο %1</translation>
    </message>
    <message>
        <source>Source of truth</source>
        <translation>Πηγή αλήθειας</translation>
    </message>
    <message>
        <source>Empty may replace</source>
        <translation>Η κενή αντικαθιστά</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>&amp;Προσθήκη πεδίου</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>&amp;Αφαίρεση πεδίου</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Επαναφορά &amp;προεπιλογών</translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <source>CRM field</source>
        <translation>Πεδίο CRM</translation>
    </message>
    <message>
        <source>%1 (%2, read-only)</source>
        <translation>%1 (%2, μόνο για ανάγνωση)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Και προς τις δύο</translation>
    </message>
    <message>
        <source>Leadbench decides</source>
        <translation>Αποφασίζει το Leadbench</translation>
    </message>
    <message>
        <source>CRM decides</source>
        <translation>Αποφασίζει το CRM</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one</source>
        <translation>Μια κενή τιμή μπορεί να αντικαταστήσει μια συμπληρωμένη</translation>
    </message>
</context>
<context>
    <name>FlowView</name>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Τέλος</translation>
    </message>
    <message>
        <source>%1: End</source>
        <translation>%1: Τέλος</translation>
    </message>
    <message>
        <source>▶ Start · </source>
        <translation>▶ Έναρξη · </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number. Write the sign as your language does (&quot;%1 %&quot; in French).</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>Το «%1» δεν είναι έγκυρη διεύθυνση.</translation>
    </message>
    <message>
        <source>Plain http is refused for %1: the connection would not be encrypted. Use https (plain http is allowed only to this computer, e.g. 127.0.0.1).</source>
        <translation>Το απλό http απορρίπτεται για το %1: η σύνδεση δεν θα ήταν κρυπτογραφημένη. Χρησιμοποιήστε https (το απλό http επιτρέπεται μόνο προς αυτόν τον υπολογιστή, π.χ. 127.0.0.1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address.</source>
        <translation>Το «%1» δεν είναι διεύθυνση http ή https.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>%1 %2: %3 (tried %4 times).</source>
        <translation>%1 %2: %3 (%4 προσπάθειες).</translation>
    </message>
    <message>
        <source>%1 %2: %3; retrying in %4 s.</source>
        <translation>%1 %2: %3· νέα προσπάθεια σε %4 s.</translation>
    </message>
    <message>
        <source>%1 %2: answered %3; retrying in %4 s.</source>
        <translation>%1 %2: απάντησε %3· νέα προσπάθεια σε %4 s.</translation>
    </message>
    <message>
        <source>the HTTP library could not start</source>
        <translation>η βιβλιοθήκη HTTP δεν μπόρεσε να ξεκινήσει</translation>
    </message>
</context>
<context>
    <name>HubSpotConnector</name>
    <message>
        <source>HubSpot CRM: contacts and deals, through a private app&apos;s access token.</source>
        <translation>HubSpot CRM: επαφές και συμφωνίες, μέσω του διακριτικού πρόσβασης μιας ιδιωτικής εφαρμογής.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Διεύθυνση API</translation>
    </message>
    <message>
        <source>https://api.hubapi.com unless HubSpot tells you otherwise.</source>
        <translation>https://api.hubapi.com, εκτός αν το HubSpot σάς υποδείξει κάτι άλλο.</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Διακριτικό πρόσβασης ιδιωτικής εφαρμογής</translation>
    </message>
    <message>
        <source>Settings &gt; Integrations &gt; Private apps in HubSpot; scopes: crm.objects.contacts and crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.</source>
        <translation>Settings &gt; Integrations &gt; Private apps στο HubSpot· εύρη (scopes): crm.objects.contacts και crm.objects.deals (read, write), crm.schemas.contacts.write, crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Αριθμός κινητού τηλεφώνου</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Επωνυμία εταιρείας</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Ετήσια έσοδα</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>State/Region</source>
        <translation>Πολιτεία/Περιφέρεια</translation>
    </message>
    <message>
        <source>Country/Region</source>
        <translation>Χώρα/Περιοχή</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>URL ιστοτόπου</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Στάδιο κύκλου ζωής</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Κατάσταση lead</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Αρχική πηγή</translation>
    </message>
    <message>
        <source>HubSpot score</source>
        <translation>Βαθμολογία HubSpot</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation>Όνομα συμφωνίας</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>Στάδιο συμφωνίας</translation>
    </message>
    <message>
        <source>Deal probability</source>
        <translation>Πιθανότητα συμφωνίας</translation>
    </message>
    <message>
        <source>Deal description</source>
        <translation>Περιγραφή συμφωνίας</translation>
    </message>
</context>
<context>
    <name>HubSpotSession</name>
    <message>
        <source>HubSpot: no access token is stored for this connection.</source>
        <translation>HubSpot: δεν έχει αποθηκευτεί διακριτικό πρόσβασης για αυτή τη σύνδεση.</translation>
    </message>
    <message>
        <source>checking the property %1</source>
        <translation>έλεγχος της ιδιότητας %1</translation>
    </message>
    <message>
        <source>creating the property %1 (the token needs the crm.schemas.%2.write scope)</source>
        <translation>δημιουργία της ιδιότητας %1 (το διακριτικό χρειάζεται το εύρος crm.schemas.%2.write)</translation>
    </message>
    <message>
        <source>HubSpot: the search stopped at its result cap; continuing after record %1.</source>
        <translation>HubSpot: η αναζήτηση σταμάτησε στο όριο αποτελεσμάτων της· συνέχεια μετά την εγγραφή %1.</translation>
    </message>
    <message>
        <source>searching %1</source>
        <translation>αναζήτηση %1</translation>
    </message>
    <message>
        <source>listing archived %1</source>
        <translation>λίστα αρχειοθετημένων %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>ανάγνωση %1</translation>
    </message>
    <message>
        <source>HubSpot refused the access token while %1: %2. Check the private app&apos;s token in the connection.</source>
        <translation>Το HubSpot απέρριψε το διακριτικό πρόσβασης κατά τη λειτουργία «%1»: %2. Ελέγξτε το διακριτικό της ιδιωτικής εφαρμογής στη σύνδεση.</translation>
    </message>
    <message>
        <source>HubSpot refused %1: %2. The private app needs the scopes crm.objects.contacts.read/write, crm.objects.deals.read/write and crm.schemas.contacts.write/crm.schemas.deals.write.</source>
        <translation>Το HubSpot απέρριψε τη λειτουργία «%1»: %2. Η ιδιωτική εφαρμογή χρειάζεται τα εύρη crm.objects.contacts.read/write, crm.objects.deals.read/write και crm.schemas.contacts.write/crm.schemas.deals.write.</translation>
    </message>
    <message>
        <source>HubSpot kept answering &quot;too many requests&quot; while %1: %2</source>
        <translation>Το HubSpot απαντούσε συνεχώς «too many requests» κατά τη λειτουργία «%1»: %2</translation>
    </message>
    <message>
        <source>HubSpot failed while %1 (HTTP %2): %3</source>
        <translation>Το HubSpot απέτυχε κατά τη λειτουργία «%1» (HTTP %2): %3</translation>
    </message>
    <message>
        <source>HubSpot refused %1 (HTTP %2): %3</source>
        <translation>Το HubSpot απέρριψε τη λειτουργία «%1» (HTTP %2): %3</translation>
    </message>
    <message>
        <source>reading the contacts of deals</source>
        <translation>ανάγνωση των επαφών των συμφωνιών</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>διαγραφή %1</translation>
    </message>
    <message>
        <source>no longer exists in HubSpot</source>
        <translation>δεν υπάρχει πλέον στο HubSpot</translation>
    </message>
    <message>
        <source>HubSpot did not return this record</source>
        <translation>το HubSpot δεν επέστρεψε αυτή την εγγραφή</translation>
    </message>
    <message>
        <source>same e-mail as HubSpot contact %1</source>
        <translation>ίδιο email με την επαφή HubSpot %1</translation>
    </message>
    <message>
        <source>its e-mail is already used by HubSpot contact %1</source>
        <translation>το email του χρησιμοποιείται ήδη από την επαφή HubSpot %1</translation>
    </message>
    <message>
        <source>creating %1</source>
        <translation>δημιουργία %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>ενημέρωση %1</translation>
    </message>
    <message>
        <source>HubSpot: deals were saved but not associated with their contacts: %1</source>
        <translation>HubSpot: οι συμφωνίες αποθηκεύτηκαν αλλά δεν συσχετίστηκαν με τις επαφές τους: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>There is no import #%1.</source>
        <translation>Δεν υπάρχει εισαγωγή #%1.</translation>
    </message>
    <message>
        <source>Import #%1 was already undone.</source>
        <translation>Η εισαγωγή #%1 έχει ήδη αναιρεθεί.</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Μια αποθηκευμένη αντιστοίχιση χρειάζεται όνομα.</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>διακόπηκε</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>σταμάτησε</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>partly undone</source>
        <translation>αναιρέθηκε εν μέρει</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>αναιρέθηκε</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Ιστορικό εισαγωγών</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Εισαγωγές</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Αναγνώστηκαν</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκαν</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Συγχωνεύτηκαν</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Απορρίφθηκαν</translation>
    </message>
    <message>
        <source>&amp;Undo This Import…</source>
        <translation>&amp;Αναίρεση αυτής της εισαγωγής…</translation>
    </message>
    <message>
        <source>Open &amp;Rejects File</source>
        <translation>Άνοιγμα αρχείου απορρί&amp;ψεων</translation>
    </message>
    <message>
        <source>Duplicates: %1 · by %2 · %3 s</source>
        <translation>Διπλότυπα: %1 · από %2 · %3 s</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Αναίρεση εισαγωγής</translation>
    </message>
    <message>
        <source>Undo import #%1 of %2?

%3 rows it created will be removed and %4 rows it changed get their previous values back.</source>
        <translation>Αναίρεση της εισαγωγής #%1 του %2;

Θα αφαιρεθούν %3 γραμμές που δημιούργησε και %4 γραμμές που άλλαξε θα πάρουν πίσω τις προηγούμενες τιμές τους.</translation>
    </message>
    <message>
        <source>%1 of the leads it created were edited since; they are removed too.</source>
        <translation>%1 από τα leads που δημιούργησε έχουν τροποποιηθεί από τότε· αφαιρούνται κι αυτά.</translation>
    </message>
    <message>
        <source>Undoing import #%1…</source>
        <translation>Αναίρεση της εισαγωγής #%1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stopped part of the way. Undo the import again to finish; nothing is undone twice.</source>
        <translation>Σταμάτησε στη μέση. Αναιρέστε ξανά την εισαγωγή για να ολοκληρωθεί· τίποτα δεν αναιρείται δύο φορές.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid e-mail(s) kept and flagged.</source>
        <translation>
            <numerusform>%n μη έγκυρο email διατηρήθηκε και επισημάνθηκε.</numerusform>
            <numerusform>%n μη έγκυρα email διατηρήθηκαν και επισημάνθηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at line %L1: importing the same file again resumes it.</source>
        <translation>Σταμάτησε στη γραμμή %L1: η εκ νέου εισαγωγή του ίδιου αρχείου τη συνεχίζει.</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activities (opens, clicks, visits, attendance)</source>
        <translation>Δραστηριότητες (ανοίγματα, κλικ, επισκέψεις, συμμετοχή)</translation>
    </message>
    <message>
        <source>Campaign costs and visitors</source>
        <translation>Κόστος καμπανιών και επισκέπτες</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Επιλογή αρχείου</translation>
    </message>
    <message>
        <source>A CSV export of another CRM, a bought list, a business-card app&apos;s vCard file, an e-mail tool&apos;s report of opens and clicks, an ad platform&apos;s spend, a list of deals.</source>
        <translation>Μια εξαγωγή CSV από άλλο CRM, μια αγορασμένη λίστα, το αρχείο vCard μιας εφαρμογής επαγγελματικών καρτών, η αναφορά ανοιγμάτων και κλικ ενός εργαλείου email, η δαπάνη μιας διαφημιστικής πλατφόρμας, μια λίστα συμφωνιών.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Αρχείο προς εισαγωγή</translation>
    </message>
    <message>
        <source>A .csv, .txt or .vcf file</source>
        <translation>Αρχείο .csv, .txt ή .vcf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Ανα&amp;ζήτηση…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Τι περιέχει το αρχείο</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>&amp;Περιέχει:</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Εισαγωγή αρχείου</translation>
    </message>
    <message>
        <source>CSV and vCard files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Αρχεία CSV και vCard (*.csv *.txt *.tsv *.vcf);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Κωδικοποίηση και διαχωριστής</translation>
    </message>
    <message>
        <source>Detected from the file. If accents or Greek letters look wrong below, choose another encoding; if the columns are not split, another delimiter.</source>
        <translation>Εντοπίστηκαν από το αρχείο. Αν οι τόνοι ή τα ελληνικά γράμματα φαίνονται λάθος παρακάτω, επιλέξτε άλλη κωδικοποίηση· αν οι στήλες δεν χωρίζονται, άλλον διαχωριστή.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Κωδικοποίηση</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Διαχωριστής</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Αυτόματος εντοπισμός</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Κόμμα ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ερωτηματικό ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Κάθετη γραμμή ( | )</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Διαχωριστής:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Οι πρώτες γραμμές του αρχείου</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>Where each column goes. The table below shows the first rows as they will be saved.</source>
        <translation>Πού πηγαίνει κάθε στήλη. Ο παρακάτω πίνακας δείχνει τις πρώτες γραμμές όπως θα αποθηκευτούν.</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Αποθηκευμένες αντιστοιχίσεις</translation>
    </message>
    <message>
        <source>&amp;Save Mapping…</source>
        <translation>Αποθήκευση α&amp;ντιστοίχισης…</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>Αποθηκευμένη αντιστοίχιση:</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Αντιστοίχιση στηλών</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Στήλη στο αρχείο</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Πρώτες τιμές</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Εισαγωγή σε</translation>
    </message>
    <message>
        <source>As they will be saved:</source>
        <translation>Όπως θα αποθηκευτούν:</translation>
    </message>
    <message>
        <source>Rows as they will be saved</source>
        <translation>Γραμμές όπως θα αποθηκευτούν</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Αποθήκευση αντιστοίχισης</translation>
    </message>
    <message>
        <source>Name (for the next file of the same kind):</source>
        <translation>Όνομα (για το επόμενο αρχείο του ίδιου είδους):</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Διπλότυπα</translation>
    </message>
    <message>
        <source>A row is the same lead as one already in the workspace, or earlier in the file, when the e-mail is the same (case and spaces ignored); without an e-mail, when the phone digits are; without either, when name and company are.</source>
        <translation>Μια γραμμή είναι το ίδιο lead με ένα που υπάρχει ήδη στον χώρο εργασίας ή νωρίτερα στο αρχείο όταν το email είναι ίδιο (αγνοούνται πεζά/κεφαλαία και κενά)· χωρίς email, όταν είναι ίδια τα ψηφία του τηλεφώνου· χωρίς κανένα από τα δύο, όταν είναι ίδια το όνομα και η εταιρεία.</translation>
    </message>
    <message>
        <source>Empty cells never erase a value. Every import can be undone from File &gt; Import History: the leads it created are removed and the fields it changed get their values back.</source>
        <translation>Τα κενά κελιά δεν σβήνουν ποτέ μια τιμή. Κάθε εισαγωγή μπορεί να αναιρεθεί από Αρχείο &gt; Ιστορικό εισαγωγών: τα leads που δημιούργησε αφαιρούνται και τα πεδία που άλλαξε παίρνουν πίσω τις τιμές τους.</translation>
    </message>
    <message>
        <source>Activity type for rows without one</source>
        <translation>Τύπος δραστηριότητας για γραμμές χωρίς τύπο</translation>
    </message>
    <message>
        <source>(from the file)</source>
        <translation>(από το αρχείο)</translation>
    </message>
    <message>
        <source>Activities without a type are:</source>
        <translation>Οι δραστηριότητες χωρίς τύπο είναι:</translation>
    </message>
    <message>
        <source>Import #%1 of this file stopped before its end. It will resume where it stopped, with the columns and duplicate rule it had.</source>
        <translation>Η εισαγωγή #%1 αυτού του αρχείου σταμάτησε πριν από το τέλος. Θα συνεχίσει από εκεί που σταμάτησε, με τις στήλες και τον κανόνα διπλοτύπων που είχε.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Εισαγωγή</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Open the &amp;Rejects File</source>
        <translation>Άνοιγμα του αρχείου απορρί&amp;ψεων</translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>&amp;Αναίρεση αυτής της εισαγωγής</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>none (vCard)</source>
        <translation>κανένας (vCard)</translation>
    </message>
    <message>
        <source>Import column %1 into</source>
        <translation>Εισαγωγή της στήλης %1 σε</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>will be rejected: %1</source>
        <translation>θα απορριφθεί: %1</translation>
    </message>
    <message>
        <source>Map at least one column to a name, an e-mail, a phone or a company.</source>
        <translation>Αντιστοιχίστε τουλάχιστον μία στήλη σε όνομα, email, τηλέφωνο ή εταιρεία.</translation>
    </message>
    <message>
        <source>Map a column to the lead&apos;s e-mail (or id): activities are matched to leads by it.</source>
        <translation>Αντιστοιχίστε μια στήλη στο email (ή το αναγνωριστικό) του lead: με αυτό αντιστοιχίζονται οι δραστηριότητες στα leads.</translation>
    </message>
    <message>
        <source>Map a column to the campaign.</source>
        <translation>Αντιστοιχίστε μια στήλη στην καμπάνια.</translation>
    </message>
    <message>
        <source>Map a column to the deal title.</source>
        <translation>Αντιστοιχίστε μια στήλη στον τίτλο της συμφωνίας.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Ανάγνωση του %1…</translation>
    </message>
    <message>
        <source>%1 rows in; building the indexes…</source>
        <translation>%1 γραμμές μέσα· δημιουργία ευρετηρίων…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 created, %3 merged, %4 rejected</source>
        <translation>Αναγνώστηκαν %1 γραμμές: %2 δημιουργήθηκαν, %3 συγχωνεύτηκαν, %4 απορρίφθηκαν</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Εισαγωγή από %1</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Η εισαγωγή σταμάτησε: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Δεν εισήχθη τίποτα.</translation>
    </message>
    <message>
        <source>Stopped after %1 rows, at your request. What was imported stays; running the same import again resumes it, and Undo removes it.</source>
        <translation>Σταμάτησε μετά από %1 γραμμές, κατόπιν αιτήματός σας. Ό,τι εισήχθη παραμένει· η εκ νέου εκτέλεση της ίδιας εισαγωγής τη συνεχίζει και η Αναίρεση το αφαιρεί.</translation>
    </message>
    <message>
        <source>%1 imported.</source>
        <translation>Εισήχθη: %1.</translation>
    </message>
    <message>
        <source>Rows read: %1
Created: %2
Merged with existing: %3 (unchanged: %4)
Rejected: %5</source>
        <translation>Γραμμές που αναγνώστηκαν: %1
Δημιουργήθηκαν: %2
Συγχωνεύτηκαν με υπάρχοντα: %3 (αμετάβλητα: %4)
Απορρίφθηκαν: %5</translation>
    </message>
    <message>
        <source>Invalid e-mails kept and flagged: %1</source>
        <translation>Μη έγκυρα email που διατηρήθηκαν και επισημάνθηκαν: %1</translation>
    </message>
    <message>
        <source>Rejected rows, with their line and the reason, are in %1</source>
        <translation>Οι γραμμές που απορρίφθηκαν, με τη γραμμή τους και την αιτία, βρίσκονται στο %1</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Χρόνος: %1 s</translation>
    </message>
    <message>
        <source>This import was undone.</source>
        <translation>Αυτή η εισαγωγή αναιρέθηκε.</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Διακοπή μετά την τρέχουσα παρτίδα…</translation>
    </message>
    <message>
        <source>Read as %1, delimiter “%2”: %L3 columns.</source>
        <translation>Ανάγνωση ως %1, διαχωριστής «%2»: %L3 στήλες.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του αρχείου απορρίψεων %1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <translation>γραμμή</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>αιτία</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Εισαγωγή από %1</translation>
    </message>
    <message>
        <source>no e-mail or lead id to match the activity to a lead</source>
        <translation>δεν υπάρχει email ή αναγνωριστικό lead για αντιστοίχιση της δραστηριότητας σε lead</translation>
    </message>
    <message>
        <source>no lead with id %1</source>
        <translation>δεν υπάρχει lead με αναγνωριστικό %1</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1</source>
        <translation>δεν υπάρχει lead με το email %1</translation>
    </message>
    <message>
        <source>unknown activity type &quot;%1&quot;</source>
        <translation>άγνωστος τύπος δραστηριότητας «%1»</translation>
    </message>
    <message>
        <source>no activity type (map a column to it, or choose a type for the whole file)</source>
        <translation>δεν υπάρχει τύπος δραστηριότητας (αντιστοιχίστε μια στήλη σε αυτόν ή επιλέξτε τύπο για όλο το αρχείο)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>το «%1» δεν είναι ημερομηνία</translation>
    </message>
    <message>
        <source>no campaign name</source>
        <translation>δεν υπάρχει όνομα καμπάνιας</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1: το «%2» δεν είναι θετικός αριθμός</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>κόστος</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>επισκέπτες</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>κλικ</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; did not exist and was created.</source>
        <translation>Η καμπάνια «%1» δεν υπήρχε και δημιουργήθηκε.</translation>
    </message>
    <message>
        <source>no deal title</source>
        <translation>δεν υπάρχει τίτλος συμφωνίας</translation>
    </message>
    <message>
        <source>no lead with the e-mail %1 (import the leads first)</source>
        <translation>δεν υπάρχει lead με το email %1 (εισαγάγετε πρώτα τα leads)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is not a number</source>
        <translation>το ποσό «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>gross margin &quot;%1&quot; is not a number</source>
        <translation>το μικτό περιθώριο «%1» δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not won, lost or open</source>
        <translation>η κατάσταση «%1» δεν είναι won, lost ή open</translation>
    </message>
    <message>
        <source>no pipeline stage named &quot;%1&quot;</source>
        <translation>δεν υπάρχει στάδιο pipeline με όνομα «%1»</translation>
    </message>
    <message>
        <source>no column is mapped to a name, an e-mail, a phone or a company</source>
        <translation>καμία στήλη δεν αντιστοιχίζεται σε όνομα, email, τηλέφωνο ή εταιρεία</translation>
    </message>
    <message>
        <source>no column is mapped to the lead&apos;s e-mail or id</source>
        <translation>καμία στήλη δεν αντιστοιχίζεται στο email ή στο αναγνωριστικό του lead</translation>
    </message>
    <message>
        <source>no column is mapped to the campaign</source>
        <translation>καμία στήλη δεν αντιστοιχίζεται στην καμπάνια</translation>
    </message>
    <message>
        <source>no column is mapped to the cost, visitors or clicks</source>
        <translation>καμία στήλη δεν αντιστοιχίζεται στο κόστος, στους επισκέπτες ή στα κλικ</translation>
    </message>
    <message>
        <source>no column is mapped to the deal title</source>
        <translation>καμία στήλη δεν αντιστοιχίζεται στον τίτλο της συμφωνίας</translation>
    </message>
    <message>
        <source>invalid e-mail: kept and flagged</source>
        <translation>μη έγκυρο email: διατηρήθηκε και επισημάνθηκε</translation>
    </message>
    <message>
        <source>%1: %2. Columns: %3.</source>
        <translation>%1: %2. Στήλες: %3.</translation>
    </message>
    <message>
        <source>%1: cannot resume at line %2.</source>
        <translation>%1: δεν είναι δυνατή η συνέχιση από τη γραμμή %2.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2 (a delimiter inside a field without quotes?)</source>
        <translation>%1 πεδία ενώ η κεφαλίδα έχει %2 (διαχωριστής μέσα σε πεδίο χωρίς εισαγωγικά;)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were not valid UTF-8 and were read as Windows-1252.</source>
        <translation>
            <numerusform>%n πεδίο δεν ήταν έγκυρο UTF-8 και διαβάστηκε ως Windows-1252.</numerusform>
            <numerusform>%n πεδία δεν ήταν έγκυρα UTF-8 και διαβάστηκαν ως Windows-1252.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have an invalid e-mail address: kept as written and flagged.</source>
        <translation>
            <numerusform>%n lead έχει μη έγκυρη διεύθυνση email: διατηρήθηκε όπως γράφτηκε και επισημάνθηκε.</numerusform>
            <numerusform>%n leads έχουν μη έγκυρη διεύθυνση email: διατηρήθηκαν όπως γράφτηκαν και επισημάνθηκαν.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>IQL</source>
        <translation>IQL</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Free trials</source>
        <translation>Δωρεάν δοκιμές</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Επισκέπτες</translation>
    </message>
    <message>
        <source>Opt-in rate</source>
        <translation>Ποσοστό συναίνεσης</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Νέοι πελάτες</translation>
    </message>
    <message>
        <source>Sales conversion</source>
        <translation>Μετατροπή σε πωλήσεις</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>CPL</source>
        <translation>CPL</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>CPA</translation>
    </message>
    <message>
        <source>Gross margin (new customers)</source>
        <translation>Μικτό περιθώριο (νέοι πελάτες)</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Αξία διάρκειας ζωής πελάτη</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Κερδισμένες συμφωνίες</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Συνολικές πωλήσεις</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Μέσο μέγεθος συμφωνίας</translation>
    </message>
    <message>
        <source>Sales cycle, median (days)</source>
        <translation>Κύκλος πωλήσεων, διάμεσος (ημέρες)</translation>
    </message>
    <message>
        <source>Sales cycle, 90th percentile (days)</source>
        <translation>Κύκλος πωλήσεων, 90ό εκατοστημόριο (ημέρες)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Πωλητής</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Μήνας</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1+ ημέρες</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 ημέρες</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Ευκαιρία</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Χωρίς καμπάνια</translation>
    </message>
    <message>
        <source>Campaign #%1</source>
        <translation>Καμπάνια #%1</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Χωρίς πηγή</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Χωρίς υπεύθυνο</translation>
    </message>
    <message>
        <source>Rep #%1</source>
        <translation>Πωλητής #%1</translation>
    </message>
</context>
<context>
    <name>KpiService</name>
    <message>
        <source>“%1” is not a month (YYYY-MM).</source>
        <translation>Το «%1» δεν είναι μήνας (YYYY-MM).</translation>
    </message>
    <message>
        <source>The date range %1 to %2 is not valid: the start must be a date on or before the end.</source>
        <translation>Το εύρος ημερομηνιών %1 έως %2 δεν είναι έγκυρο: η αρχή δεν μπορεί να είναι μετά το τέλος.</translation>
    </message>
</context>
<context>
    <name>Lead</name>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
</context>
<context>
    <name>LeadBoard</name>
    <message>
        <source>Score %1 · %2</source>
        <translation>Βαθμολογία %1 · %2</translation>
    </message>
    <message>
        <source>Leads at %1</source>
        <translation>Leads στο στάδιο %1</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των leads: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The workspace is read-only: leads cannot be moved.</source>
        <translation>Ο χώρος εργασίας είναι μόνο για ανάγνωση: τα leads δεν μπορούν να μετακινηθούν.</translation>
    </message>
    <message>
        <source>Move lead</source>
        <translation>Μετακίνηση lead</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Το %1 μεταφέρθηκε στο %2.</translation>
    </message>
    <message>
        <source>Create &amp;deal…</source>
        <translation>Δημιουργία &amp;συμφωνίας…</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Μεταφορά σε</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Νέα συμφωνία</translation>
    </message>
    <message>
        <source>Added %1 for %2.</source>
        <translation>Προστέθηκε η %1 για το %2.</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>Άν&amp;οιγμα lead</translation>
    </message>
</context>
<context>
    <name>LeadCommands</name>
    <message>
        <source>Change %1</source>
        <translation>Αλλαγή %1</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Νέο lead</translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Συγχώνευση leads</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Προσθήκη %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Διαγραφή %1</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Μεταφορά σε %1</translation>
    </message>
</context>
<context>
    <name>LeadDetailPanel</name>
    <message>
        <source>Change stage…</source>
        <translation>Αλλαγή σταδίου…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>Καταγραφή κλήσης</translation>
    </message>
    <message>
        <source>Log e-mail</source>
        <translation>Καταγραφή email</translation>
    </message>
    <message>
        <source>Log meeting</source>
        <translation>Καταγραφή συνάντησης</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Delete the selected entry of the timeline</source>
        <translation>Διαγραφή της επιλεγμένης καταχώρισης του χρονολογίου</translation>
    </message>
    <message>
        <source>Activity timeline</source>
        <translation>Χρονολόγιο δραστηριοτήτων</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Δραστηριότητες</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Ιστορικό σταδίων</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: το «%2» δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>υπάλληλοι</translation>
    </message>
    <message>
        <source>per year, in the company&apos;s currency</source>
        <translation>ανά έτος, στο νόμισμα της εταιρείας</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Έδωσε συναίνεση</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Απεγγράφηκε</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Συναίνεση:</translation>
    </message>
    <message>
        <source>form, event or list the consent came from</source>
        <translation>φόρμα, εκδήλωση ή λίστα από την οποία προήλθε η συναίνεση</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Δεν έχει επιλεγεί lead</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Στάδιο: %1</translation>
    </message>
    <message>
        <source>Score: %1 (%2)</source>
        <translation>Βαθμολογία: %1 (%2)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>στις %1</translation>
    </message>
    <message>
        <source>Unsubscribed on %1</source>
        <translation>Απεγγράφηκε στις %1</translation>
    </message>
    <message>
        <source>Created %1 · updated %2 · lead #%3</source>
        <translation>Δημιουργία %1 · ενημέρωση %2 · lead #%3</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Δραστηριότητες (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Qualify (BANT)…</source>
        <translation>Αξιολόγηση (BANT)…</translation>
    </message>
    <message>
        <source>Plan a follow-up…</source>
        <translation>Προγραμματισμός παρακολούθησης…</translation>
    </message>
    <message>
        <source>Follow-ups, qualifications and assignments</source>
        <translation>Παρακολουθήσεις, αξιολογήσεις και αναθέσεις</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Πωλήσεις</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Κλήση %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Παρακολουθήσεις</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>ολοκληρώθηκε: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>εκπρόθεσμη</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ανοιχτή</translation>
    </message>
    <message>
        <source>Qualifications (BANT)</source>
        <translation>Αξιολογήσεις (BANT)</translation>
    </message>
    <message>
        <source>%1 · B %2 A %3 N %4 T %5 · %6</source>
        <translation>%1 · B %2 A %3 N %4 T %5 · %6</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Κατάλληλο</translation>
    </message>
    <message>
        <source>Budget: %1 %2 — Authority: %3 — Need: %4 — Timing: %5 — rule: %6</source>
        <translation>Προϋπολογισμός: %1 %2 — Αρμοδιότητα: %3 — Ανάγκη: %4 — Χρονισμός: %5 — κανόνας: %6</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Αναθέσεις</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>χωρίς ανάθεση</translation>
    </message>
</context>
<context>
    <name>LeadExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Δεν είναι δυνατή η εγγραφή του %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
</context>
<context>
    <name>LeadField</name>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Μέγεθος εταιρείας</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Ετήσια έσοδα</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Περιφέρεια</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Lead magnet</translation>
    </message>
    <message>
        <source>Opt-in date</source>
        <translation>Ημερομηνία συναίνεσης</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Πηγή συναίνεσης</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Απεγγραφή</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Στάδιο κύκλου ζωής</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>άγνωστο στάδιο «%1»</translation>
    </message>
    <message>
        <source>owner is not a number</source>
        <translation>ο υπεύθυνος δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>unknown temperature &quot;%1&quot;</source>
        <translation>άγνωστη θερμοκρασία «%1»</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>το %1 δεν είναι ημερομηνία (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>any</source>
        <translation>οποιοδήποτε</translation>
    </message>
    <message>
        <source>Search name, e-mail, company, notes…</source>
        <translation>Αναζήτηση ονόματος, email, εταιρείας, σημειώσεων…</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Αναζήτηση leads</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <source>Save as segment…</source>
        <translation>Αποθήκευση ως τμήμα…</translation>
    </message>
    <message>
        <source>Save the current search and filters under a name</source>
        <translation>Αποθήκευση της τρέχουσας αναζήτησης και των φίλτρων με όνομα</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Διαγραφή του επιλεγμένου τμήματος</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Διαγραφή τμήματος</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Φίλτρα</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Καθαρισμός</translation>
    </message>
    <message>
        <source>Clear the search and all filters</source>
        <translation>Καθαρισμός της αναζήτησης και όλων των φίλτρων</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Τμήμα:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Θερμοκρασία</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Ελάχιστη βαθμολογία</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Μέγιστη βαθμολογία</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Δημιουργία από</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Δημιουργία έως</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Βαθμολογία:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Δημιουργία:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Όλα τα leads</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Αποθήκευση τμήματος</translation>
    </message>
    <message>
        <source>Search or filter first: a segment saves the current search and filters.</source>
        <translation>Κάντε πρώτα αναζήτηση ή φιλτράρισμα: ένα τμήμα αποθηκεύει την τρέχουσα αναζήτηση και τα φίλτρα.</translation>
    </message>
    <message>
        <source>Segment name:</source>
        <translation>Όνομα τμήματος:</translation>
    </message>
    <message>
        <source>A segment named &quot;%1&quot; exists. Replace its filters?</source>
        <translation>Υπάρχει ήδη τμήμα με όνομα «%1». Να αντικατασταθούν τα φίλτρα του;</translation>
    </message>
    <message>
        <source>Delete the segment &quot;%1&quot;? The leads stay; only the saved filter goes.</source>
        <translation>Διαγραφή του τμήματος «%1»; Τα leads παραμένουν· διαγράφεται μόνο το αποθηκευμένο φίλτρο.</translation>
    </message>
</context>
<context>
    <name>LeadMapper</name>
    <message>
        <source>not a lifecycle stage</source>
        <translation>δεν είναι στάδιο κύκλου ζωής</translation>
    </message>
    <message>
        <source>not a rep of this workspace</source>
        <translation>δεν είναι πωλητής αυτού του χώρου εργασίας</translation>
    </message>
    <message>
        <source>not a campaign of this workspace</source>
        <translation>δεν είναι καμπάνια αυτού του χώρου εργασίας</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>δεν είναι αριθμός</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>δεν είναι ημερομηνία</translation>
    </message>
    <message>
        <source>no name, e-mail, phone or company: nothing identifies the lead</source>
        <translation>χωρίς όνομα, email, τηλέφωνο ή εταιρεία: τίποτα δεν ταυτοποιεί το lead</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) kept in the notes (%2), e.g. %3.</source>
        <translation>
            <numerusform>%1: %n τιμή διατηρήθηκε στις σημειώσεις (%2), π.χ. %3.</numerusform>
            <numerusform>%1: %n τιμές διατηρήθηκαν στις σημειώσεις (%2), π.χ. %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadMoveGate</name>
    <message>
        <source>Move to %1</source>
        <translation>Μεταφορά σε %1</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3.</source>
        <translation>Το %1 μεταφέρεται από %2 σε %3.</translation>
    </message>
    <message>
        <source>Sales qualified: budget, authority, need and timing are all there (BANT).</source>
        <translation>Κατάλληλο για πωλήσεις: προϋπολογισμός, αρμοδιότητα, ανάγκη και χρονισμός υπάρχουν όλα (BANT).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Why, for the stage history (required)</source>
        <translation>Γιατί, για το ιστορικό σταδίων (υποχρεωτικό)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Αιτία:</translation>
    </message>
    <message>
        <source>Give a reason: the stage history records why each lead moved.</source>
        <translation>Δώστε αιτία: το ιστορικό σταδίων καταγράφει γιατί μετακινήθηκε κάθε lead.</translation>
    </message>
    <message>
        <source>Moved on the lead board</source>
        <translation>Μετακινήθηκε στον πίνακα leads</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>Το lead #%1 δεν υπάρχει (ίσως έχει διαγραφεί).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>Το %1 δεν μπορεί να αλλάξει.</translation>
    </message>
    <message>
        <source>A lead cannot be merged with itself.</source>
        <translation>Ένα lead δεν μπορεί να συγχωνευτεί με τον εαυτό του.</translation>
    </message>
    <message>
        <source>Merged with %1 (#%2)</source>
        <translation>Συγχωνεύτηκε με %1 (#%2)</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Δημιουργήθηκε lead</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>Προστέθηκε: %1</translation>
    </message>
    <message>
        <source>Owner: there is no rep #%1.</source>
        <translation>Υπεύθυνος: δεν υπάρχει πωλητής #%1.</translation>
    </message>
    <message>
        <source>Campaign: there is no campaign #%1.</source>
        <translation>Καμπάνια: δεν υπάρχει καμπάνια #%1.</translation>
    </message>
    <message>
        <source>Lead edited</source>
        <translation>Επεξεργασία lead</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>Αλλαγή: %1</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>Επαναφορά: %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>Διαγραφή: %1</translation>
    </message>
    <message>
        <source>Merge with #%1 undone</source>
        <translation>Η συγχώνευση με το #%1 αναιρέθηκε</translation>
    </message>
</context>
<context>
    <name>LeadSource</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Κοινωνικά δίκτυα</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>White paper / e-book</source>
        <translation>White paper / e-book</translation>
    </message>
    <message>
        <source>Organic search</source>
        <translation>Οργανική αναζήτηση</translation>
    </message>
    <message>
        <source>Landing page form</source>
        <translation>Φόρμα σελίδας προορισμού</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Σύσταση</translation>
    </message>
    <message>
        <source>E-mailing</source>
        <translation>E-mailing</translation>
    </message>
    <message>
        <source>Cold calling</source>
        <translation>Ψυχρές κλήσεις</translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation>Πληρωμένη αναζήτηση</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Διαφήμιση</translation>
    </message>
    <message>
        <source>Bought or rented list</source>
        <translation>Αγορασμένη ή ενοικιασμένη λίστα</translation>
    </message>
    <message>
        <source>Trade show / event</source>
        <translation>Έκθεση / εκδήλωση</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Θερμοκρασία</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
    <message>
        <source>Sorted by last name, then first name</source>
        <translation>Ταξινόμηση κατά επώνυμο, μετά κατά όνομα</translation>
    </message>
    <message>
        <source>Sorted by rep, in the order reps were added</source>
        <translation>Ταξινόμηση κατά πωλητή, με τη σειρά προσθήκης των πωλητών</translation>
    </message>
</context>
<context>
    <name>LeadValidation</name>
    <message>
        <source>The e-mail address contains a space.</source>
        <translation>Η διεύθυνση email περιέχει κενό.</translation>
    </message>
    <message>
        <source>The e-mail address has no &quot;@&quot;.</source>
        <translation>Η διεύθυνση email δεν έχει «@».</translation>
    </message>
    <message>
        <source>The e-mail address has more than one &quot;@&quot;.</source>
        <translation>Η διεύθυνση email έχει περισσότερα από ένα «@».</translation>
    </message>
    <message>
        <source>The e-mail address has nothing before the &quot;@&quot;.</source>
        <translation>Η διεύθυνση email δεν έχει τίποτα πριν από το «@».</translation>
    </message>
    <message>
        <source>The e-mail address has no domain after the &quot;@&quot;.</source>
        <translation>Η διεύθυνση email δεν έχει τομέα μετά το «@».</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; is longer than 64 characters.</source>
        <translation>Το τμήμα πριν από το «@» υπερβαίνει τους 64 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; has a misplaced dot.</source>
        <translation>Το τμήμα πριν από το «@» έχει τελεία σε λάθος θέση.</translation>
    </message>
    <message>
        <source>The part before the &quot;@&quot; contains a character that e-mail addresses do not allow.</source>
        <translation>Το τμήμα πριν από το «@» περιέχει χαρακτήρα που δεν επιτρέπεται σε διευθύνσεις email.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has no dot (for example example.com).</source>
        <translation>Ο τομέας «%1» δεν έχει τελεία (για παράδειγμα example.com).</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has an empty part between dots.</source>
        <translation>Ο τομέας «%1» έχει κενό τμήμα ανάμεσα σε τελείες.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation>Ο τομέας «%1» έχει τμήμα που αρχίζει ή τελειώνει με παύλα.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; contains a character that domains do not allow.</source>
        <translation>Ο τομέας «%1» περιέχει χαρακτήρα που δεν επιτρέπεται σε τομείς.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; ends with a one-letter part.</source>
        <translation>Ο τομέας «%1» τελειώνει με τμήμα ενός γράμματος.</translation>
    </message>
    <message>
        <source>The phone number contains &quot;%1&quot;: use digits, spaces, + ( ) - . / and an extension.</source>
        <translation>Ο αριθμός τηλεφώνου περιέχει «%1»: χρησιμοποιήστε ψηφία, κενά, + ( ) - . / και εσωτερικό.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digit(s); a phone number has at least 6.</source>
        <translation>
            <numerusform>Ο αριθμός τηλεφώνου έχει %n ψηφίο· ένας αριθμός τηλεφώνου έχει τουλάχιστον 6.</numerusform>
            <numerusform>Ο αριθμός τηλεφώνου έχει %n ψηφία· ένας αριθμός τηλεφώνου έχει τουλάχιστον 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number has %n digits; international numbers have at most 15.</source>
        <translation>
            <numerusform>Ο αριθμός τηλεφώνου έχει %n ψηφίο· οι διεθνείς αριθμοί έχουν το πολύ 15.</numerusform>
            <numerusform>Ο αριθμός τηλεφώνου έχει %n ψηφία· οι διεθνείς αριθμοί έχουν το πολύ 15.</numerusform>
        </translation>
    </message>
    <message>
        <source>The company size cannot be negative.</source>
        <translation>Το μέγεθος της εταιρείας δεν μπορεί να είναι αρνητικό.</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>Τα ετήσια έσοδα δεν μπορούν να είναι αρνητικά.</translation>
    </message>
    <message>
        <source>Unknown lifecycle stage.</source>
        <translation>Άγνωστο στάδιο κύκλου ζωής.</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>This workspace has no leads yet.</source>
        <translation>Αυτός ο χώρος εργασίας δεν έχει ακόμη leads.</translation>
    </message>
    <message>
        <source>Add one by hand, or load a demo data set to try Leadbench.</source>
        <translation>Προσθέστε ένα χειροκίνητα ή φορτώστε δεδομένα επίδειξης για να δοκιμάσετε το Leadbench.</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Νέο lead…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Φόρτωση δεδομένων επίδειξης…</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Διαγραφή leads</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads with their activities? Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Διαγραφή %n lead με τις δραστηριότητές του; Η Επεξεργασία &gt; Αναίρεση το επαναφέρει.</numerusform>
            <numerusform>Διαγραφή %n leads με τις δραστηριότητές τους; Η Επεξεργασία &gt; Αναίρεση τα επαναφέρει.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>Διαγραφή lead</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n leads</source>
        <translation>
            <numerusform>Διαγραφή %n lead</numerusform>
            <numerusform>Διαγραφή %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n lead(s). Undo brings them back.</source>
        <translation>
            <numerusform>Διαγράφηκε %n lead. Η Αναίρεση το επαναφέρει.</numerusform>
            <numerusform>Διαγράφηκαν %n leads. Η Αναίρεση τα επαναφέρει.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge leads</source>
        <translation>Συγχώνευση leads</translation>
    </message>
    <message>
        <source>Select exactly two leads to merge (Ctrl+click the second one).</source>
        <translation>Επιλέξτε ακριβώς δύο leads για συγχώνευση (Ctrl+κλικ στο δεύτερο).</translation>
    </message>
    <message>
        <source>Cannot read the leads: %1</source>
        <translation>Δεν είναι δυνατή η ανάγνωση των leads: %1</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>Κανείς (χωρίς ανάθεση)</translation>
    </message>
    <message>
        <source>Assign to rep</source>
        <translation>Ανάθεση σε πωλητή</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n selected lead(s) to:</source>
        <translation>
            <numerusform>Ανάθεση του %n επιλεγμένου lead σε:</numerusform>
            <numerusform>Ανάθεση των %n επιλεγμένων leads σε:</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>χειροκίνητη ανάθεση</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned to %1.</source>
        <translation>
            <numerusform>%n lead ανατέθηκε στον/στην %1.</numerusform>
            <numerusform>%n leads ανατέθηκαν στον/στην %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Δρομολόγηση</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %n lead(s) routed by the rules.</source>
        <translation>
            <numerusform>%L1 από %n lead δρομολογήθηκαν με τους κανόνες.</numerusform>
            <numerusform>%L1 από %n leads δρομολογήθηκαν με τους κανόνες.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Subscriber</source>
        <translation>Συνδρομητής</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Ευκαιρία</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Nurturing</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Ακατάλληλο</translation>
    </message>
</context>
<context>
    <name>LocalRecords</name>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Αναμενόμενο κλείσιμο</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Συμφωνία #%1</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist (it may have been deleted).</source>
        <translation>Το lead #%1 δεν υπάρχει (ίσως έχει διαγραφεί).</translation>
    </message>
    <message>
        <source>The pipeline #%1 has no stages.</source>
        <translation>Το pipeline #%1 δεν έχει στάδια.</translation>
    </message>
    <message>
        <source>Untitled deal</source>
        <translation>Συμφωνία χωρίς τίτλο</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Ενότητες</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n επιλεγμένο</numerusform>
            <numerusform>%n επιλεγμένα</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Νέος χώρος εργασίας…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Άν&amp;οιγμα χώρου εργασίας…</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Χώροι εργασίας…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>Αντίγραφο α&amp;σφαλείας τώρα…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Επαναφορά από αντίγ&amp;ραφο ασφαλείας…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Φόρτωση &amp;δεδομένων επίδειξης…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Επα&amp;νάληψη</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>Εύ&amp;ρεση leads</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <source>&amp;New Lead…</source>
        <translation>&amp;Νέο lead…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Merge Two Leads…</source>
        <translation>&amp;Συγχώνευση δύο leads…</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Α&amp;λλαγή σταδίου…</translation>
    </message>
    <message>
        <source>Log &amp;Call…</source>
        <translation>Καταγραφή &amp;κλήσης…</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Προσθήκη σ&amp;ημείωσης…</translation>
    </message>
    <message>
        <source>Save Filters as &amp;Segment…</source>
        <translation>Αποθήκευση φίλτρων ως &amp;τμήμα…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Καθαρισμός &amp;φίλτρων</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Α&amp;νανέωση</translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation>&amp;Σχετικά με το Leadbench</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Σχετικά με το &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Πρόσ&amp;φατα</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>%1 (read-only) — Leadbench</source>
        <translation>%1 (μόνο για ανάγνωση) — Leadbench</translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation>%1 — Leadbench</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 από %2 leads</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Άνοιγμα χώρου εργασίας</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Μόνο για ανάγνωση: %1</translation>
    </message>
    <message>
        <source>Checking the workspace…</source>
        <translation>Έλεγχος του χώρου εργασίας…</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>κατεστραμμένος</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>Κατεστραμμένος χώρος εργασίας</translation>
    </message>
    <message>
        <source>The integrity check of %1 found: %2

The workspace is now read-only so nothing more is written to it. Restore it from a backup (File &gt; Restore from Backup).</source>
        <translation>Ο έλεγχος ακεραιότητας του %1 βρήκε: %2

Ο χώρος εργασίας είναι πλέον μόνο για ανάγνωση, ώστε να μη γραφτεί τίποτα άλλο σε αυτόν. Επαναφέρετέ τον από αντίγραφο ασφαλείας (Αρχείο &gt; Επαναφορά από αντίγραφο ασφαλείας).</translation>
    </message>
    <message>
        <source>Automatic backup saved to %1</source>
        <translation>Το αυτόματο αντίγραφο ασφαλείας αποθηκεύτηκε στο %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Το αυτόματο αντίγραφο ασφαλείας απέτυχε: %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Νέος χώρος εργασίας</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation>Χώροι εργασίας Leadbench (*.leadbench)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>Το %1 υπάρχει ήδη. Ανοίξτε το ή επιλέξτε άλλο όνομα.</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Χώροι εργασίας Leadbench (*.leadbench);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>Αντίγραφο ασφαλείας χώρου εργασίας</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Αντίγραφο ασφαλείας στο %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο ασφαλείας</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The workspace as it is now is kept in %3.</source>
        <translation>Αντικατάσταση του %1 με το αντίγραφο ασφαλείας %2;

Ο χώρος εργασίας όπως είναι τώρα διατηρείται στο %3.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Επαναφορά από %1</translation>
    </message>
    <message>
        <source>Added %1 demo leads</source>
        <translation>Προστέθηκαν %1 leads επίδειξης</translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation>Σχετικά με το Leadbench</translation>
    </message>
    <message>
        <source>Leadbench %1</source>
        <translation>Leadbench %1</translation>
    </message>
    <message>
        <source>An offline-first workbench for sales and marketing: leads, scoring, qualification, pipeline, nurturing and KPIs, in a local database.

Qt %1 · SQLite %2 · workspace format %3
Workspace: %4</source>
        <translation>Ένας πάγκος εργασίας για πωλήσεις και μάρκετινγκ που λειτουργεί πρώτα εκτός σύνδεσης: leads, βαθμολόγηση, αξιολόγηση, pipeline, nurturing και KPI, σε τοπική βάση δεδομένων.

Qt %1 · SQLite %2 · μορφή χώρου εργασίας %3
Χώρος εργασίας: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Εισαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>Εξα&amp;γωγή leads…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>&amp;Ιστορικό εισαγωγών…</translation>
    </message>
    <message>
        <source>&amp;Qualify (BANT)…</source>
        <translation>Αξιολόγηση (&amp;BANT)…</translation>
    </message>
    <message>
        <source>&amp;Assign to Rep…</source>
        <translation>Ανάθεση σε &amp;πωλητή…</translation>
    </message>
    <message>
        <source>R&amp;oute by the Rules</source>
        <translation>Δρομολόγηση με κα&amp;νόνες</translation>
    </message>
    <message>
        <source>Imported %1: %2 created, %3 merged, %4 rejected</source>
        <translation>Εισαγωγή %1: %2 δημιουργήθηκαν, %3 συγχωνεύτηκαν, %4 απορρίφθηκαν</translation>
    </message>
    <message>
        <source>Exported %1 leads</source>
        <translation>Εξήχθησαν %1 leads</translation>
    </message>
    <message>
        <source>Add to Nurture S&amp;equence…</source>
        <translation>Προσθήκη σε ακολο&amp;υθία nurturing…</translation>
    </message>
    <message>
        <source>Upgrading the workspace</source>
        <translation>Αναβάθμιση του χώρου εργασίας</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Keeping a backup copy of it before upgrading it…</source>
        <translation>Το %1 δημιουργήθηκε από παλαιότερη έκδοση του Leadbench. Δημιουργία αντιγράφου ασφαλείας πριν από την αναβάθμιση…</translation>
    </message>
    <message>
        <source>Upgrading %1 to the current format…</source>
        <translation>Αναβάθμιση του %1 στην τρέχουσα μορφή…</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Leadbench. Checking it before upgrading it…</source>
        <translation>Το %1 δημιουργήθηκε από παλαιότερη έκδοση του Leadbench. Έλεγχος πριν από την αναβάθμιση…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeLeadsDialog</name>
    <message>
        <source>Merge two leads</source>
        <translation>Συγχώνευση δύο leads</translation>
    </message>
    <message>
        <source>Keep record:</source>
        <translation>Διατήρηση εγγραφής:</translation>
    </message>
    <message>
        <source>#%1, created %2</source>
        <translation>#%1, δημιουργία %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>Both, one after the other</source>
        <translation>Και τα δύο, το ένα μετά το άλλο</translation>
    </message>
    <message>
        <source>The two leads hold the same values.</source>
        <translation>Τα δύο leads έχουν τις ίδιες τιμές.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Συγχώνευση</translation>
    </message>
    <message>
        <source>The two leads become one. Pick the record that stays and, where they differ, the value to keep. All %L1 activities and both stage histories are kept.</source>
        <translation>Τα δύο leads γίνονται ένα. Επιλέξτε την εγγραφή που μένει και, όπου διαφέρουν, την τιμή που θα διατηρηθεί. Διατηρούνται και οι %L1 δραστηριότητες και τα δύο ιστορικά σταδίων.</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Νέο lead</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Give at least a name, an e-mail address or a company.</source>
        <translation>Δώστε τουλάχιστον ένα όνομα, μια διεύθυνση email ή μια εταιρεία.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>step %1: %2</source>
        <translation>βήμα %1: %2</translation>
    </message>
    <message>
        <source>the step needs a positive &quot;id&quot;</source>
        <translation>το βήμα χρειάζεται θετικό «id»</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (email, wait, condition, action)</source>
        <translation>άγνωστος τύπος «%1» (email, wait, condition, action)</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (hours, days, business_days)</source>
        <translation>άγνωστη μονάδα «%1» (hours, days, business_days)</translation>
    </message>
    <message>
        <source>unknown condition &quot;%1&quot;</source>
        <translation>άγνωστη συνθήκη «%1»</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>άγνωστο στάδιο «%1»</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>άγνωστη ενέργεια «%1»</translation>
    </message>
    <message>
        <source>unknown task type &quot;%1&quot; (call, email, meeting, todo)</source>
        <translation>άγνωστος τύπος εργασίας «%1» (call, email, meeting, todo)</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureService</name>
    <message>
        <source>Template &quot;%1&quot;, %2 line %3: %4</source>
        <translation>Πρότυπο «%1», %2 γραμμή %3: %4</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;, %2: %3</source>
        <translation>Πρότυπο «%1», %2: %3</translation>
    </message>
    <message>
        <source>There is already a template named &quot;%1&quot;.</source>
        <translation>Υπάρχει ήδη πρότυπο με όνομα «%1».</translation>
    </message>
    <message>
        <source>Template #%1 does not exist.</source>
        <translation>Το πρότυπο #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>The template is used by step #%1 of the sequence &quot;%2&quot;: change that step first.</source>
        <translation>Το πρότυπο χρησιμοποιείται από το βήμα #%1 της ακολουθίας «%2»: αλλάξτε πρώτα αυτό το βήμα.</translation>
    </message>
    <message>
        <source>[unsubscribe link: set it in the sending settings]</source>
        <translation>[σύνδεσμος απεγγραφής: ορίστε τον στις ρυθμίσεις αποστολής]</translation>
    </message>
    <message>
        <source>Adding points is not available yet: the score is computed by the scoring rules (Scoring page). Use a condition on the score instead.</source>
        <translation>Η προσθήκη πόντων δεν είναι ακόμη διαθέσιμη: η βαθμολογία υπολογίζεται από τους κανόνες βαθμολόγησης (σελίδα Βαθμολόγηση). Χρησιμοποιήστε αντί γι&apos; αυτό μια συνθήκη στη βαθμολογία.</translation>
    </message>
    <message>
        <source>The segment that enrols leads automatically was deleted.</source>
        <translation>Το τμήμα που εντάσσει αυτόματα leads διαγράφηκε.</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>Η ακολουθία χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: %3</source>
        <translation>Ακολουθία «%1», βήμα #%2: %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;: %2</source>
        <translation>Ακολουθία «%1»: %2</translation>
    </message>
    <message>
        <source>There is already a sequence named &quot;%1&quot;.</source>
        <translation>Υπάρχει ήδη ακολουθία με όνομα «%1».</translation>
    </message>
    <message>
        <source>Sequence #%1 does not exist.</source>
        <translation>Η ακολουθία #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Το lead #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Segment #%1 does not exist.</source>
        <translation>Το τμήμα #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Nurture sequence &quot;%1&quot;, step #%2</source>
        <translation>Ακολουθία nurturing «%1», βήμα #%2</translation>
    </message>
    <message>
        <source>%1: lead #%2: %3</source>
        <translation>%1: lead #%2: %3</translation>
    </message>
    <message>
        <source>Nurture: follow up %1</source>
        <translation>Nurturing: παρακολούθηση %1</translation>
    </message>
    <message>
        <source>Lead #%1, sequence &quot;%2&quot;, step #%3: %4</source>
        <translation>Lead #%1, ακολουθία «%2», βήμα #%3: %4</translation>
    </message>
    <message>
        <source>Nurture: %1</source>
        <translation>Nurturing: %1</translation>
    </message>
    <message>
        <source>the program stopped while the server was receiving this e-mail; counted as sent so it never goes twice</source>
        <translation>το πρόγραμμα σταμάτησε ενώ ο διακομιστής λάμβανε αυτό το email· θεωρείται απεσταλμένο ώστε να μη σταλεί ποτέ δύο φορές</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step #%2: the template was deleted.</source>
        <translation>Ακολουθία «%1», βήμα #%2: το πρότυπο διαγράφηκε.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No mailer to send with.</source>
        <translation>Δεν υπάρχει υπηρεσία αποστολής email.</translation>
    </message>
    <message>
        <source>Another run is sending the nurture e-mails of this workspace (lock file %1); try again when it has finished.</source>
        <translation>Μια άλλη εκτέλεση στέλνει τα email nurturing αυτού του χώρου εργασίας (αρχείο κλειδώματος %1)· δοκιμάστε ξανά όταν ολοκληρωθεί.</translation>
    </message>
    <message>
        <source>Unsubscribe link of the nurture e-mails</source>
        <translation>Σύνδεσμος απεγγραφής των email nurturing</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Στην ουρά</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Αποστέλλεται</translation>
    </message>
    <message>
        <source>Handed to the server</source>
        <translation>Παραδόθηκε στον διακομιστή</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Στάλθηκε</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Νέα προσπάθεια αργότερα</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχε</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Επιστράφηκε</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργό</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Αποχώρησε</translation>
    </message>
</context>
<context>
    <name>Nurture::NurtureSettings</name>
    <message>
        <source>None (this computer only)</source>
        <translation>Καμία (μόνο αυτός ο υπολογιστής)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>SMTP port: %1 is not a port (1 to 65535).</source>
        <translation>Θύρα SMTP: το %1 δεν είναι θύρα (1 έως 65535).</translation>
    </message>
    <message>
        <source>SMTP timeout: between 5 and 600 seconds.</source>
        <translation>Χρονικό όριο SMTP: από 5 έως 600 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>SMTP security: without SSL or STARTTLS, e-mails and passwords would cross the network in clear; &quot;None&quot; is only allowed for a server on this computer (localhost).</source>
        <translation>Ασφάλεια SMTP: χωρίς SSL ή STARTTLS, τα email και οι κωδικοί πρόσβασης θα διέσχιζαν το δίκτυο χωρίς κρυπτογράφηση· το «Καμία» επιτρέπεται μόνο για διακομιστή σε αυτόν τον υπολογιστή (localhost).</translation>
    </message>
    <message>
        <source>Sender address: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Διεύθυνση αποστολέα: το «%1» δεν είναι διεύθυνση email.</translation>
    </message>
    <message>
        <source>Reply-to: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Απάντηση σε: το «%1» δεν είναι διεύθυνση email.</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Γραμματοκιβώτιο απεγγραφής: το «%1» δεν είναι διεύθυνση email.</translation>
    </message>
    <message>
        <source>Unsubscribe page: &quot;%1&quot; is not an https:// address.</source>
        <translation>Σελίδα απεγγραφής: το «%1» δεν είναι διεύθυνση https://.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 100 e-mails.</source>
        <translation>Όριο συχνότητας: από 1 έως 100 email.</translation>
    </message>
    <message>
        <source>Frequency cap: between 1 and 365 days.</source>
        <translation>Όριο συχνότητας: από 1 έως 365 ημέρες.</translation>
    </message>
    <message>
        <source>Attempts: between 1 and 20.</source>
        <translation>Προσπάθειες: από 1 έως 20.</translation>
    </message>
    <message>
        <source>Most e-mails per run: 0 (no limit) or more.</source>
        <translation>Μέγιστος αριθμός email ανά εκτέλεση: 0 (χωρίς όριο) ή περισσότερα.</translation>
    </message>
    <message>
        <source>Trusted certificate: not a file name.</source>
        <translation>Αξιόπιστο πιστοποιητικό: δεν είναι όνομα αρχείου.</translation>
    </message>
    <message>
        <source>Footer, line %1: %2</source>
        <translation>Υποσέλιδο, γραμμή %1: %2</translation>
    </message>
    <message>
        <source>Set the SMTP server in the sending settings first.</source>
        <translation>Ορίστε πρώτα τον διακομιστή SMTP στις ρυθμίσεις αποστολής.</translation>
    </message>
    <message>
        <source>Set the sender address in the sending settings first.</source>
        <translation>Ορίστε πρώτα τη διεύθυνση αποστολέα στις ρυθμίσεις αποστολής.</translation>
    </message>
    <message>
        <source>Set an unsubscribe mailbox or page in the sending settings first: every e-mail must offer a way to unsubscribe.</source>
        <translation>Ορίστε πρώτα γραμματοκιβώτιο ή σελίδα απεγγραφής στις ρυθμίσεις αποστολής: κάθε email πρέπει να προσφέρει τρόπο απεγγραφής.</translation>
    </message>
    <message>
        <source>Set the sender&apos;s postal address in the sending settings first: marketing e-mails must show it.</source>
        <translation>Ορίστε πρώτα την ταχυδρομική διεύθυνση του αποστολέα στις ρυθμίσεις αποστολής: τα email μάρκετινγκ πρέπει να την εμφανίζουν.</translation>
    </message>
</context>
<context>
    <name>Nurture::Sequence</name>
    <message>
        <source>step %1: two steps have this id</source>
        <translation>βήμα %1: δύο βήματα έχουν αυτό το αναγνωριστικό</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (draft, active, paused)</source>
        <translation>άγνωστη κατάσταση «%1» (draft, active, paused)</translation>
    </message>
    <message>
        <source>step %1: there is no template named &quot;%2&quot;</source>
        <translation>βήμα %1: δεν υπάρχει πρότυπο με όνομα «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ώρα</numerusform>
            <numerusform>%n ώρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ημέρα</numerusform>
            <numerusform>%n ημέρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n εργάσιμη ημέρα</numerusform>
            <numerusform>%n εργάσιμες ημέρες</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Nurture::Sequences</name>
    <message>
        <source>Send e-mail</source>
        <translation>Αποστολή email</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Αναμονή</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Συνθήκη</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Opened the last e-mail</source>
        <translation>Άνοιξε το τελευταίο email</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail</source>
        <translation>Έκανε κλικ στο τελευταίο email</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Απάντησε</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Βαθμολογία τουλάχιστον</translation>
    </message>
    <message>
        <source>Stage is</source>
        <translation>Το στάδιο είναι</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Τιμή πεδίου</translation>
    </message>
    <message>
        <source>Add points</source>
        <translation>Προσθήκη πόντων</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Ορισμός σταδίου</translation>
    </message>
    <message>
        <source>Assign a rep</source>
        <translation>Ανάθεση σε πωλητή</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Δημιουργία εργασίας</translation>
    </message>
    <message>
        <source>Notify the owner</source>
        <translation>Ειδοποίηση υπευθύνου</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Πρόχειρη</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργή</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Σε παύση</translation>
    </message>
    <message>
        <source>Send e-mail (no template)</source>
        <translation>Αποστολή email (χωρίς πρότυπο)</translation>
    </message>
    <message>
        <source>Send &quot;%1&quot;</source>
        <translation>Αποστολή «%1»</translation>
    </message>
    <message>
        <source>Wait %1</source>
        <translation>Αναμονή %1</translation>
    </message>
    <message>
        <source>Opened the last e-mail?</source>
        <translation>Άνοιξε το τελευταίο email;</translation>
    </message>
    <message>
        <source>Clicked in the last e-mail?</source>
        <translation>Έκανε κλικ στο τελευταίο email;</translation>
    </message>
    <message>
        <source>Replied?</source>
        <translation>Απάντησε;</translation>
    </message>
    <message>
        <source>Score ≥ %1?</source>
        <translation>Βαθμολογία ≥ %1;</translation>
    </message>
    <message>
        <source>Stage is %1?</source>
        <translation>Στάδιο %1;</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1;</translation>
    </message>
    <message>
        <source>Add %1 points</source>
        <translation>Προσθήκη %1 πόντων</translation>
    </message>
    <message>
        <source>Remove %1 points</source>
        <translation>Αφαίρεση %1 πόντων</translation>
    </message>
    <message>
        <source>Set stage to %1</source>
        <translation>Ορισμός σταδίου σε %1</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Ανάθεση σε %1</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>πωλητής #%1</translation>
    </message>
    <message>
        <source>Assign a rep by the routing rules</source>
        <translation>Ανάθεση πωλητή με τους κανόνες δρομολόγησης</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Εργασία: %1</translation>
    </message>
    <message>
        <source>The sequence needs a name.</source>
        <translation>Η ακολουθία χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>The sequence has no step.</source>
        <translation>Η ακολουθία δεν έχει κανένα βήμα.</translation>
    </message>
    <message>
        <source>The first step (#%1) does not exist.</source>
        <translation>Το πρώτο βήμα (#%1) δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1 goes to step #%2, which does not exist.</source>
        <translation>%1 οδηγεί στο βήμα #%2, που δεν υπάρχει.</translation>
    </message>
    <message>
        <source>The &quot;yes&quot; branch</source>
        <translation>Η διακλάδωση «ναι»</translation>
    </message>
    <message>
        <source>The &quot;no&quot; branch</source>
        <translation>Η διακλάδωση «όχι»</translation>
    </message>
    <message>
        <source>Dead end: both branches of this condition end the sequence.</source>
        <translation>Αδιέξοδο: και οι δύο διακλαδώσεις αυτής της συνθήκης τερματίζουν την ακολουθία.</translation>
    </message>
    <message>
        <source>This step</source>
        <translation>Αυτό το βήμα</translation>
    </message>
    <message>
        <source>This e-mail step has no template.</source>
        <translation>Αυτό το βήμα email δεν έχει πρότυπο.</translation>
    </message>
    <message>
        <source>The template of this e-mail step was deleted.</source>
        <translation>Το πρότυπο αυτού του βήματος email διαγράφηκε.</translation>
    </message>
    <message>
        <source>A wait must last at least 1.</source>
        <translation>Μια αναμονή πρέπει να διαρκεί τουλάχιστον 1.</translation>
    </message>
    <message>
        <source>A wait cannot last more than a year.</source>
        <translation>Μια αναμονή δεν μπορεί να διαρκεί πάνω από έναν χρόνο.</translation>
    </message>
    <message>
        <source>Dead end: nothing comes after this wait.</source>
        <translation>Αδιέξοδο: τίποτα δεν ακολουθεί μετά από αυτή την αναμονή.</translation>
    </message>
    <message>
        <source>Adding 0 points does nothing.</source>
        <translation>Η προσθήκη 0 πόντων δεν κάνει τίποτα.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>Η εργασία χρειάζεται τίτλο.</translation>
    </message>
    <message>
        <source>The task cannot be due in the past.</source>
        <translation>Η προθεσμία της εργασίας δεν μπορεί να είναι στο παρελθόν.</translation>
    </message>
    <message>
        <source>The rep of this step no longer exists.</source>
        <translation>Ο πωλητής αυτού του βήματος δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>A lead cannot be moved back to Subscriber.</source>
        <translation>Ένα lead δεν μπορεί να επιστρέψει στο στάδιο Συνδρομητής.</translation>
    </message>
    <message>
        <source>Dead end: no path from the first step leads here.</source>
        <translation>Αδιέξοδο: καμία διαδρομή από το πρώτο βήμα δεν οδηγεί εδώ.</translation>
    </message>
    <message>
        <source>This step is in a loop without a wait: the lead would go round it at once, forever.</source>
        <translation>Αυτό το βήμα βρίσκεται σε βρόχο χωρίς αναμονή: το lead θα τον διέτρεχε αμέσως, για πάντα.</translation>
    </message>
</context>
<context>
    <name>Nurture::SmtpMailer</name>
    <message>
        <source>libcurl could not start.</source>
        <translation>Το libcurl δεν μπόρεσε να ξεκινήσει.</translation>
    </message>
    <message>
        <source>SMTP server %1:%2</source>
        <translation>Διακομιστής SMTP %1:%2</translation>
    </message>
    <message>
        <source>%1 refused the login of &quot;%2&quot; (%3): check the user name and the password in the sending settings.</source>
        <translation>%1: η σύνδεση του «%2» απορρίφθηκε (%3)· ελέγξτε το όνομα χρήστη και τον κωδικό πρόσβασης στις ρυθμίσεις αποστολής.</translation>
    </message>
    <message>
        <source>%1: a secure connection could not be made (%2). Nothing is sent over an unverified connection.</source>
        <translation>%1: δεν ήταν δυνατή η δημιουργία ασφαλούς σύνδεσης (%2). Τίποτα δεν αποστέλλεται μέσω μη επαληθευμένης σύνδεσης.</translation>
    </message>
    <message>
        <source>The e-mail was not sent: the send log could not record it (the workspace is busy); it will be tried again.</source>
        <translation>Το email δεν στάλθηκε: το αρχείο αποστολών δεν μπόρεσε να το καταγράψει (ο χώρος εργασίας είναι απασχολημένος)· θα γίνει νέα προσπάθεια.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 requires a login (530): set the user name in the sending settings and the password in the keychain.</source>
        <translation>%1: απαιτείται σύνδεση (530)· ορίστε το όνομα χρήστη στις ρυθμίσεις αποστολής και τον κωδικό πρόσβασης στην κλειδοθήκη.</translation>
    </message>
    <message>
        <source>%1 refused the message for good (%2, after %3).</source>
        <translation>%1: το μήνυμα απορρίφθηκε οριστικά (%2, μετά από %3).</translation>
    </message>
    <message>
        <source>%1 refused the sender (%2, after %3): check the sender address.</source>
        <translation>%1: ο αποστολέας απορρίφθηκε (%2, μετά από %3)· ελέγξτε τη διεύθυνση αποστολέα.</translation>
    </message>
    <message>
        <source>%1: %2 (reply %3); it will be tried again.</source>
        <translation>%1: %2 (απάντηση %3)· θα γίνει νέα προσπάθεια.</translation>
    </message>
</context>
<context>
    <name>Nurture::TemplateRenderer</name>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ονοματεπώνυμο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Θέση εργασίας</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Lead magnet</source>
        <translation>Lead magnet</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Όνομα υπευθύνου</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail</source>
        <translation>Email υπευθύνου</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Όνομα αποστολέα</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Ταχυδρομική διεύθυνση αποστολέα</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Σύνδεσμος απεγγραφής</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation>το «{{» δεν κλείνει με «}}»</translation>
    </message>
    <message>
        <source>unknown merge field {{%1}} (known: %2)</source>
        <translation>άγνωστο πεδίο συγχώνευσης {{%1}} (γνωστά: %2)</translation>
    </message>
    <message>
        <source>You receive this e-mail from {{sender_name}} because you agreed to hear from us.
To stop receiving these e-mails, unsubscribe here: {{unsubscribe_url}}
{{sender_address}}</source>
        <translation>Λαμβάνετε αυτό το email από {{sender_name}} επειδή συμφωνήσατε να επικοινωνούμε μαζί σας.
Για να μη λαμβάνετε πλέον αυτά τα email, απεγγραφείτε εδώ: {{unsubscribe_url}}
{{sender_address}}</translation>
    </message>
    <message>
        <source>the template needs a name</source>
        <translation>το πρότυπο χρειάζεται όνομα</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>το θέμα είναι κενό</translation>
    </message>
    <message>
        <source>the plain-text body is empty (every e-mail has one, for the readers who do not show HTML)</source>
        <translation>το σώμα απλού κειμένου είναι κενό (κάθε email έχει ένα, για τα προγράμματα ανάγνωσης που δεν εμφανίζουν HTML)</translation>
    </message>
    <message>
        <source>Unsubscribe: {{unsubscribe_url}}</source>
        <translation>Απεγγραφή: {{unsubscribe_url}}</translation>
    </message>
</context>
<context>
    <name>NurtureCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  nurture list [--json]
        Nurture sequences with their status and enrolments (active, completed, exited).
  nurture show SEQUENCE [--json]
        A sequence&apos;s steps, what keeps it from running, and its statistics per step.
  nurture sequence-set FILE [--activate]
        Creates or replaces (by name) a sequence from a JSON file: name, steps (id, type email|wait|
        condition|action, template by name, next / yes / no), entry, exits. --activate starts it
        (refused, with the step and the problem, unless it validates).
  nurture activate SEQUENCE | nurture pause SEQUENCE
  nurture template-set NAME --subject S --text FILE [--html FILE]
        Creates or replaces an e-mail template. Merge fields: {{first_name}}, {{company}},
        {{owner_name}}, ... with fallbacks {{first_name|there}}. The unsubscribe footer is
        always added.
  nurture preview TEMPLATE --lead ID
        The template rendered for that lead (subject, text, HTML).
  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)
        Enrols leads by hand or a saved segment (leads already in it stay where they are).
  nurture run [--dry-run [--days N]] [--json]
        Sends the due e-mails over SMTP and runs the due steps (consent, unsubscribes, the
        frequency cap and quiet hours respected; a crash never sends an e-mail twice).
        --dry-run: what would be sent in the next N days (default 14), to whom and when,
        without sending or changing anything.
  nurture stats SEQUENCE [--json]
        Per e-mail step: sent, opened, clicked, replied, converted, bounced.
  nurture settings [--json] | nurture settings --set FILE
        The SMTP server, sender, unsubscribe targets, cap and quiet hours (JSON).
  nurture password
        Reads the SMTP password from standard input into the system keychain.
  nurture unsubscribe TOKEN
        Unsubscribes the lead of an unsubscribe link&apos;s token.
</source>
        <translation>  nurture list [--json]
        Οι ακολουθίες nurturing με την κατάστασή τους και τις συμμετοχές (ενεργές, ολοκληρωμένες, αποχωρήσεις).
  nurture show SEQUENCE [--json]
        Τα βήματα μιας ακολουθίας, τι την εμποδίζει να εκτελεστεί και τα στατιστικά της ανά βήμα.
  nurture sequence-set FILE [--activate]
        Δημιουργεί ή αντικαθιστά (βάσει ονόματος) μια ακολουθία από αρχείο JSON: name, steps (id, type email|wait|
        condition|action, template με όνομα, next / yes / no), entry, exits. Το --activate την ενεργοποιεί
        (απορρίπτεται, με το βήμα και το πρόβλημα, αν δεν είναι έγκυρη).
  nurture activate SEQUENCE | nurture pause SEQUENCE
  nurture template-set NAME --subject S --text FILE [--html FILE]
        Δημιουργεί ή αντικαθιστά ένα πρότυπο email. Πεδία συγχώνευσης: {{first_name}}, {{company}},
        {{owner_name}}, ... με εναλλακτικές τιμές {{first_name|there}}. Το υποσέλιδο απεγγραφής
        προστίθεται πάντα.
  nurture preview TEMPLATE --lead ID
        Το πρότυπο όπως αποδίδεται για αυτό το lead (θέμα, κείμενο, HTML).
  nurture enrol SEQUENCE (--lead ID[,ID...] | --segment NAME)
        Εντάσσει leads χειροκίνητα ή από αποθηκευμένο τμήμα (όσα είναι ήδη μέσα μένουν εκεί που βρίσκονται).
  nurture run [--dry-run [--days N]] [--json]
        Στέλνει τα εκκρεμή email μέσω SMTP και εκτελεί τα εκκρεμή βήματα (με σεβασμό στη
        συναίνεση, τις απεγγραφές, το όριο συχνότητας και τις ώρες ησυχίας· μια κατάρρευση δεν στέλνει ποτέ
        ένα email δύο φορές). --dry-run: τι θα στελνόταν τις επόμενες N ημέρες (προεπιλογή 14), σε ποιον
        και πότε, χωρίς αποστολή ή αλλαγή οποιουδήποτε στοιχείου.
  nurture stats SEQUENCE [--json]
        Ανά βήμα email: αποστολές, ανοίγματα, κλικ, απαντήσεις, μετατροπές, επιστροφές.
  nurture settings [--json] | nurture settings --set FILE
        Ο διακομιστής SMTP, ο αποστολέας, οι προορισμοί απεγγραφής, το όριο και οι ώρες ησυχίας (JSON).
  nurture password
        Διαβάζει τον κωδικό πρόσβασης SMTP από την τυπική είσοδο και τον αποθηκεύει στην κλειδοθήκη του συστήματος.
  nurture unsubscribe TOKEN
        Απεγγράφει το lead στο οποίο ανήκει το διακριτικό ενός συνδέσμου απεγγραφής.
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Εκτελέστε «leadbench-cli --help» για τις εντολές.</translation>
    </message>
    <message>
        <source>nurture needs a command: list, show, enrol, run, stats, ...</source>
        <translation>το nurture χρειάζεται εντολή: list, show, enrol, run, stats, ...</translation>
    </message>
    <message>
        <source>unknown nurture command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή nurture «%1»</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Έξοδος JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%1  [%2]  %n step(s), active %3, completed %4, exited %5</source>
        <translation>
            <numerusform>%1  [%2]  %n βήμα, ενεργά %3, ολοκλήρωσαν %4, αποχώρησαν %5</numerusform>
            <numerusform>%1  [%2]  %n βήματα, ενεργά %3, ολοκλήρωσαν %4, αποχώρησαν %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  (%n problem(s))</source>
        <translation>
            <numerusform>  (%n πρόβλημα)</numerusform>
            <numerusform>  (%n προβλήματα)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence&apos;s name.</source>
        <translation>Το όνομα της ακολουθίας.</translation>
    </message>
    <message>
        <source>nurture show needs one sequence name</source>
        <translation>το nurture show χρειάζεται ένα όνομα ακολουθίας</translation>
    </message>
    <message>
        <source>there is no sequence named &quot;%1&quot;</source>
        <translation>δεν υπάρχει ακολουθία με όνομα «%1»</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>  yes -&gt; %1, no -&gt; %2</source>
        <translation>  ναι -&gt; %1, όχι -&gt; %2</translation>
    </message>
    <message>
        <source>end</source>
        <translation>τέλος</translation>
    </message>
    <message>
        <source>Problem, step #%1: %2</source>
        <translation>Πρόβλημα, βήμα #%1: %2</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Πρόβλημα: %1</translation>
    </message>
    <message>
        <source>Lead ids.</source>
        <translation>Αναγνωριστικά leads.</translation>
    </message>
    <message>
        <source>A saved segment.</source>
        <translation>Ένα αποθηκευμένο τμήμα.</translation>
    </message>
    <message>
        <source>nurture enrol needs one sequence name</source>
        <translation>το nurture enrol χρειάζεται ένα όνομα ακολουθίας</translation>
    </message>
    <message>
        <source>nurture enrol needs either --lead or --segment</source>
        <translation>το nurture enrol χρειάζεται είτε --lead είτε --segment</translation>
    </message>
    <message>
        <source>--lead: &quot;%1&quot; is not a lead id</source>
        <translation>--lead: το «%1» δεν είναι αναγνωριστικό lead</translation>
    </message>
    <message>
        <source>there is no segment named &quot;%1&quot;</source>
        <translation>δεν υπάρχει τμήμα με όνομα «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n lead εντάχθηκε στην ακολουθία «%1».</numerusform>
            <numerusform>%n leads εντάχθηκαν στην ακολουθία «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Only say what would be sent.</source>
        <translation>Μόνο εμφάνιση του τι θα στελνόταν.</translation>
    </message>
    <message>
        <source>Dry run: days ahead.</source>
        <translation>Δοκιμαστική εκτέλεση: ημέρες μπροστά.</translation>
    </message>
    <message>
        <source>--days: &quot;%1&quot; is not a number of days from 0 to 366</source>
        <translation>--days: το «%1» δεν είναι αριθμός ημερών από 0 έως 366</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) would be sent.</source>
        <translation>
            <numerusform>Δοκιμαστική εκτέλεση: θα στελνόταν %n email.</numerusform>
            <numerusform>Δοκιμαστική εκτέλεση: θα στέλνονταν %n email.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>Στάλθηκε %n email.</numerusform>
            <numerusform>Στάλθηκαν %n email.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Νέες προσπάθειες %1, αποτυχίες %2, επιστροφές %3, αποχωρήσεις %4, ολοκληρώσεις %5· κρατήθηκαν από το όριο %6, από τις ώρες ησυχίας %7.</translation>
    </message>
    <message>
        <source>nurture stats needs one sequence name</source>
        <translation>το nurture stats χρειάζεται ένα όνομα ακολουθίας</translation>
    </message>
    <message>
        <source>#%1 %2: sent %3, opened %4, clicked %5, replied %6, converted %7, bounced %8, waiting %9</source>
        <translation>#%1 %2: αποστολές %3, ανοίγματα %4, κλικ %5, απαντήσεις %6, μετατροπές %7, επιστροφές %8, σε αναμονή %9</translation>
    </message>
    <message>
        <source>#%1 %2: waiting %3</source>
        <translation>#%1 %2: σε αναμονή %3</translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation>Θέμα.</translation>
    </message>
    <message>
        <source>Plain-text body file.</source>
        <translation>Αρχείο σώματος απλού κειμένου.</translation>
    </message>
    <message>
        <source>HTML body file.</source>
        <translation>Αρχείο σώματος HTML.</translation>
    </message>
    <message>
        <source>nurture template-set needs NAME, --subject and --text</source>
        <translation>το nurture template-set χρειάζεται NAME, --subject και --text</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Το πρότυπο «%1» αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Start it.</source>
        <translation>Ενεργοποίηση της ακολουθίας.</translation>
    </message>
    <message>
        <source>nurture sequence-set needs one FILE</source>
        <translation>το nurture sequence-set χρειάζεται ένα FILE</translation>
    </message>
    <message>
        <source>%1, offset %2: %3</source>
        <translation>%1, θέση %2: %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved (%2).</source>
        <translation>Η ακολουθία «%1» αποθηκεύτηκε (%2).</translation>
    </message>
    <message>
        <source>nurture %1 needs one sequence name</source>
        <translation>το nurture %1 χρειάζεται ένα όνομα ακολουθίας</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is %2.</source>
        <translation>Ακολουθία «%1»: %2.</translation>
    </message>
    <message>
        <source>Settings file.</source>
        <translation>Αρχείο ρυθμίσεων.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Οι ρυθμίσεις αποστολής αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>nurture password takes no arguments (the password comes on standard input)</source>
        <translation>το nurture password δεν δέχεται ορίσματα (ο κωδικός πρόσβασης δίνεται στην τυπική είσοδο)</translation>
    </message>
    <message>
        <source>SMTP password removed from the keychain.</source>
        <translation>Ο κωδικός πρόσβασης SMTP αφαιρέθηκε από την κλειδοθήκη.</translation>
    </message>
    <message>
        <source>SMTP password stored in the keychain.</source>
        <translation>Ο κωδικός πρόσβασης SMTP αποθηκεύτηκε στην κλειδοθήκη.</translation>
    </message>
    <message>
        <source>nurture unsubscribe needs one TOKEN</source>
        <translation>το nurture unsubscribe χρειάζεται ένα TOKEN</translation>
    </message>
    <message>
        <source>no lead has the unsubscribe token &quot;%1&quot;</source>
        <translation>κανένα lead δεν έχει το διακριτικό απεγγραφής «%1»</translation>
    </message>
    <message>
        <source>Unsubscribed.</source>
        <translation>Έγινε απεγγραφή.</translation>
    </message>
    <message>
        <source>Lead id.</source>
        <translation>Αναγνωριστικό lead.</translation>
    </message>
    <message>
        <source>nurture preview needs TEMPLATE and --lead ID</source>
        <translation>το nurture preview χρειάζεται TEMPLATE και --lead ID</translation>
    </message>
    <message>
        <source>there is no template named &quot;%1&quot;</source>
        <translation>δεν υπάρχει πρότυπο με όνομα «%1»</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Θέμα: %1</translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message>
        <source>Sequences</source>
        <translation>Ακολουθίες</translation>
    </message>
    <message>
        <source>Nurture sequences</source>
        <translation>Ακολουθίες nurturing</translation>
    </message>
    <message>
        <source>&amp;New sequence</source>
        <translation>&amp;Νέα ακολουθία</translation>
    </message>
    <message>
        <source>Delete sequence</source>
        <translation>Διαγραφή ακολουθίας</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Συμμετοχές</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Στατιστικά</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Πρότυπα</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Delete the sequence &quot;%1&quot; with its enrolments and send log?</source>
        <translation>Διαγραφή της ακολουθίας «%1» μαζί με τις συμμετοχές και το αρχείο αποστολών της;</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Όνομα ακολουθίας</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Όνομα:</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>απαντήσει</translation>
    </message>
    <message>
        <source>became SQL or customer</source>
        <translation>γίνει SQL ή πελάτης</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>απεγγραφεί</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>επιστραφεί email</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>γίνει ακατάλληλο</translation>
    </message>
    <message>
        <source>Exit when %1</source>
        <translation>Αποχώρηση όταν %1</translation>
    </message>
    <message>
        <source>Leave when:</source>
        <translation>Αποχώρηση όταν:</translation>
    </message>
    <message>
        <source>Enrol the leads of a segment automatically</source>
        <translation>Αυτόματη ένταξη των leads ενός τμήματος</translation>
    </message>
    <message>
        <source>Leads that BANT sends to Nurturing</source>
        <translation>Leads που στέλνει το BANT σε Nurturing</translation>
    </message>
    <message>
        <source>Enrol automatically:</source>
        <translation>Αυτόματη ένταξη:</translation>
    </message>
    <message>
        <source>+ E-mail</source>
        <translation>+ Email</translation>
    </message>
    <message>
        <source>+ Wait</source>
        <translation>+ Αναμονή</translation>
    </message>
    <message>
        <source>+ Condition</source>
        <translation>+ Συνθήκη</translation>
    </message>
    <message>
        <source>+ Action</source>
        <translation>+ Ενέργεια</translation>
    </message>
    <message>
        <source>Add a step after the selected one</source>
        <translation>Προσθήκη βήματος μετά το επιλεγμένο</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Αφαίρεση βήματος</translation>
    </message>
    <message>
        <source>Make it the start</source>
        <translation>Ορισμός ως αρχικό βήμα</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Sequence flow</source>
        <translation>Ροή ακολουθίας</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Προβλήματα:</translation>
    </message>
    <message>
        <source>Problems of the sequence</source>
        <translation>Προβλήματα της ακολουθίας</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <source>Save and &amp;activate</source>
        <translation>Αποθήκευση και &amp;ενεργοποίηση</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Παύση</translation>
    </message>
    <message>
        <source>Change step #%1</source>
        <translation>Αλλαγή βήματος #%1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Μετονομασία</translation>
    </message>
    <message>
        <source>Change when leads enter or leave</source>
        <translation>Αλλαγή κανόνων εισόδου και αποχώρησης</translation>
    </message>
    <message>
        <source>Segment to enrol</source>
        <translation>Τμήμα προς ένταξη</translation>
    </message>
    <message>
        <source>Enrol the segment</source>
        <translation>Ένταξη του τμήματος</translation>
    </message>
    <message>
        <source>Lead numbers to enrol</source>
        <translation>Αριθμοί leads προς ένταξη</translation>
    </message>
    <message>
        <source>Lead numbers, e.g. 12, 15</source>
        <translation>Αριθμοί leads, π.χ. 12, 15</translation>
    </message>
    <message>
        <source>Enrol these leads</source>
        <translation>Ένταξη αυτών των leads</translation>
    </message>
    <message>
        <source>Take out of the sequence</source>
        <translation>Αφαίρεση από την ακολουθία</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Αιτία λήξης</translation>
    </message>
    <message>
        <source>Per e-mail step: opens, clicks and replies come from the leads&apos; activities between the e-mail and the next one (30 days at most); converted: reached SQL or beyond after it.</source>
        <translation>Ανά βήμα email: τα ανοίγματα, τα κλικ και οι απαντήσεις προέρχονται από τις δραστηριότητες των leads μεταξύ του email και του επόμενου (το πολύ 30 ημέρες)· μετατροπές: έφτασαν σε SQL ή πιο πέρα μετά από αυτό.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Βήμα</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Αποστολές</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ανοίγματα</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Κλικ</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Απαντήσεις</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Μετατροπές</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Επιστροφές</translation>
    </message>
    <message>
        <source>Waiting here</source>
        <translation>Σε αναμονή εδώ</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>Πρότυπα email</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Νέο πρότυπο</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Διαγραφή προτύπου</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Όνομα προτύπου</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Θέμα</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Θέμα:</translation>
    </message>
    <message>
        <source>Insert a merge field</source>
        <translation>Εισαγωγή πεδίου συγχώνευσης</translation>
    </message>
    <message>
        <source>Insert a merge field…</source>
        <translation>Εισαγωγή πεδίου συγχώνευσης…</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Σώμα απλού κειμένου</translation>
    </message>
    <message>
        <source>Hello {{first_name|there}},
…</source>
        <translation>Γεια {{first_name|σας}},
…</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Κείμενο:</translation>
    </message>
    <message>
        <source>HTML body (optional)</source>
        <translation>Σώμα HTML (προαιρετικό)</translation>
    </message>
    <message>
        <source>Optional simple HTML, e.g. &lt;p&gt;Hello &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</source>
        <translation>Προαιρετικό απλό HTML, π.χ. &lt;p&gt;Γεια &lt;b&gt;{{first_name}}&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>The unsubscribe footer (Sending tab) is added to every e-mail and cannot be removed.</source>
        <translation>Το υποσέλιδο απεγγραφής (καρτέλα Αποστολή) προστίθεται σε κάθε email και δεν μπορεί να αφαιρεθεί.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Αποθήκευση προτύπου</translation>
    </message>
    <message>
        <source>Preview for lead #</source>
        <translation>Προεπισκόπηση για το lead #</translation>
    </message>
    <message>
        <source>Lead to preview for</source>
        <translation>Lead για προεπισκόπηση</translation>
    </message>
    <message>
        <source>Sending settings</source>
        <translation>Ρυθμίσεις αποστολής</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Διακομιστής SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Θύρα SMTP</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Διακομιστής SMTP:</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Ασφάλεια σύνδεσης</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>&amp;Ασφάλεια:</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Όνομα χρήστη SMTP</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Κωδικός πρόσβασης SMTP</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Φυλάσσεται στην κλειδοθήκη του συστήματος· αφήστε κενό για να διατηρηθεί ο αποθηκευμένος</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>Αρχείο αξιόπιστου πιστοποιητικού</translation>
    </message>
    <message>
        <source>Optional: a PEM file to trust for this server</source>
        <translation>Προαιρετικό: αρχείο PEM που θεωρείται αξιόπιστο για αυτόν τον διακομιστή</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Πιστοποιητικό:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Διεύθυνση αποστολέα</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Διεύθυνση αποστολέα:</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Όνομα αποστολέα</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Ό&amp;νομα αποστολέα:</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>Διεύθυνση απάντησης</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Απάντηση σε:</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox</source>
        <translation>Γραμματοκιβώτιο απεγγραφής</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox:</source>
        <translation>Γραμματοκιβώτιο απεγγραφής:</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Σελίδα απεγγραφής</translation>
    </message>
    <message>
        <source>Unsubscribe page:</source>
        <translation>Σελίδα απεγγραφής:</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Ταχυδρομική διεύθυνση αποστολέα</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Ταχυδρομική διεύθυνση:</translation>
    </message>
    <message>
        <source>Footer wording</source>
        <translation>Κείμενο υποσέλιδου</translation>
    </message>
    <message>
        <source>Footer:</source>
        <translation>Υποσέλιδο:</translation>
    </message>
    <message>
        <source>Most e-mails per lead</source>
        <translation>Μέγιστος αριθμός email ανά lead</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>Σε ημέρες</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>το πολύ</translation>
    </message>
    <message>
        <source>e-mails per lead in</source>
        <translation>email ανά lead σε</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ημέρες</translation>
    </message>
    <message>
        <source>Frequency cap:</source>
        <translation>Όριο συχνότητας:</translation>
    </message>
    <message>
        <source>No e-mail from</source>
        <translation>Κανένα email από</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ώρες ησυχίας από</translation>
    </message>
    <message>
        <source>Quiet hours to</source>
        <translation>Ώρες ησυχίας έως</translation>
    </message>
    <message>
        <source>nor at weekends</source>
        <translation>ούτε τα Σαββατοκύριακα</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Ώρες ησυχίας:</translation>
    </message>
    <message>
        <source>Send what is due every 5 minutes while Leadbench is open</source>
        <translation>Αποστολή των εκκρεμών κάθε 5 λεπτά όσο το Leadbench είναι ανοιχτό</translation>
    </message>
    <message>
        <source>Save sending settings</source>
        <translation>Αποθήκευση ρυθμίσεων αποστολής</translation>
    </message>
    <message>
        <source>&amp;Dry run (next 14 days)</source>
        <translation>Δοκιμαστική &amp;εκτέλεση (επόμενες 14 ημέρες)</translation>
    </message>
    <message>
        <source>Send due e-mails &amp;now</source>
        <translation>Αποστολή εκκρεμών email &amp;τώρα</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Ακολουθία</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Χωρίς τμήμα</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unsaved sequence</source>
        <translation>Μη αποθηκευμένη ακολουθία</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Απόρριψη των αλλαγών στην ακολουθία «%1»;</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Νέα ακολουθία</translation>
    </message>
    <message>
        <source>New sequence %1</source>
        <translation>Νέα ακολουθία %1</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · μη αποθηκευμένη</translation>
    </message>
    <message>
        <source>Step #%1: %2</source>
        <translation>Βήμα #%1: %2</translation>
    </message>
    <message>
        <source>No problem: the sequence can run.</source>
        <translation>Κανένα πρόβλημα: η ακολουθία μπορεί να εκτελεστεί.</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Παρακολούθηση</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Προσθήκη βήματος %1</translation>
    </message>
    <message>
        <source>Remove step #%1</source>
        <translation>Αφαίρεση βήματος #%1</translation>
    </message>
    <message>
        <source>Start at step #%1</source>
        <translation>Έναρξη από το βήμα #%1</translation>
    </message>
    <message>
        <source>Save sequence</source>
        <translation>Αποθήκευση ακολουθίας</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; saved.</source>
        <translation>Η ακολουθία «%1» αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Activate sequence</source>
        <translation>Ενεργοποίηση ακολουθίας</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot; is active.</source>
        <translation>Η ακολουθία «%1» είναι ενεργή.</translation>
    </message>
    <message>
        <source>Pause sequence</source>
        <translation>Παύση ακολουθίας</translation>
    </message>
    <message>
        <source>Active %1 · completed %2 · exited %3</source>
        <translation>Ενεργά %1 · ολοκλήρωσαν %2 · αποχώρησαν %3</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Ένταξη</translation>
    </message>
    <message>
        <source>Save the sequence first.</source>
        <translation>Αποθηκεύστε πρώτα την ακολουθία.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled.</source>
        <translation>
            <numerusform>%n lead εντάχθηκε.</numerusform>
            <numerusform>%n leads εντάχθηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead number.</source>
        <translation>Το «%1» δεν είναι αριθμός lead.</translation>
    </message>
    <message>
        <source>Add to nurture sequence</source>
        <translation>Προσθήκη σε ακολουθία nurturing</translation>
    </message>
    <message>
        <source>There is no nurture sequence yet: make one on the Nurture page.</source>
        <translation>Δεν υπάρχει ακόμη ακολουθία nurturing: δημιουργήστε μία στη σελίδα Nurturing.</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n lead(s) in:</source>
        <translation>
            <numerusform>Ένταξη %n lead σε:</numerusform>
            <numerusform>Ένταξη %n leads σε:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) enrolled; %1 were already in it.</source>
        <translation>
            <numerusform>%n lead εντάχθηκε· %1 ήταν ήδη μέσα.</numerusform>
            <numerusform>%n leads εντάχθηκαν· %1 ήταν ήδη μέσα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; saved.</source>
        <translation>Το πρότυπο «%1» αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;?</source>
        <translation>Διαγραφή του προτύπου «%1»;</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, γραμμή %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a lead number to see the e-mail as that lead will get it.</source>
        <translation>Επιλέξτε αριθμό lead για να δείτε το email όπως θα το λάβει αυτό το lead.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Θέμα: %1</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>Έτοιμο για αποστολή.</translation>
    </message>
    <message>
        <source>Sending settings saved.</source>
        <translation>Οι ρυθμίσεις αποστολής αποθηκεύτηκαν.</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Δοκιμαστική εκτέλεση</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n e-mail(s) in the next 14 days; nothing was sent or changed.</source>
        <translation>
            <numerusform>Δοκιμαστική εκτέλεση: %n email τις επόμενες 14 ημέρες· δεν στάλθηκε ούτε άλλαξε τίποτα.</numerusform>
            <numerusform>Δοκιμαστική εκτέλεση: %n email τις επόμενες 14 ημέρες· δεν στάλθηκε ούτε άλλαξε τίποτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Αποστολή τώρα</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Αποστολή…</translation>
    </message>
    <message>
        <source>Nurture e-mails: %1</source>
        <translation>Email nurturing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent.</source>
        <translation>
            <numerusform>Στάλθηκε %n email.</numerusform>
            <numerusform>Στάλθηκαν %n email.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retried %1, failed %2, bounced %3, exited %4, completed %5; held by the cap %6, by quiet hours %7.</source>
        <translation>Νέες προσπάθειες %1, αποτυχίες %2, επιστροφές %3, αποχωρήσεις %4, ολοκληρώσεις %5· κρατήθηκαν από το όριο %6, από τις ώρες ησυχίας %7.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>&amp;Edit stages…</source>
        <translation>&amp;Επεξεργασία σταδίων…</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Νέο pipeline…</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline…</source>
        <translation>&amp;Διαγραφή pipeline…</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Νέα συμφωνία…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Αναζήτηση</translation>
    </message>
    <message>
        <source>Search title, company or name</source>
        <translation>Αναζήτηση τίτλου, εταιρείας ή ονόματος</translation>
    </message>
    <message>
        <source>Closing between</source>
        <translation>Κλείσιμο μεταξύ</translation>
    </message>
    <message>
        <source>Close date from</source>
        <translation>Ημερομηνία κλεισίματος από</translation>
    </message>
    <message>
        <source>Close date to</source>
        <translation>Ημερομηνία κλεισίματος έως</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Υπεύθυνος:</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>&amp;Συμφωνίες</translation>
    </message>
    <message>
        <source>L&amp;eads</source>
        <translation>L&amp;eads</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Όλοι</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Νέο pipeline</translation>
    </message>
    <message>
        <source>Name of the pipeline (it starts with the usual stages):</source>
        <translation>Όνομα του pipeline (ξεκινά με τα συνήθη στάδια):</translation>
    </message>
    <message>
        <source>Pipeline settings</source>
        <translation>Ρυθμίσεις pipeline</translation>
    </message>
    <message>
        <source>Saved the pipeline %1.</source>
        <translation>Το pipeline %1 αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Διαγραφή pipeline</translation>
    </message>
    <message>
        <source>Delete the pipeline %1 and its stages?</source>
        <translation>Διαγραφή του pipeline %1 και των σταδίων του;</translation>
    </message>
    <message>
        <source>Deleted the pipeline %1.</source>
        <translation>Το pipeline %1 διαγράφηκε.</translation>
    </message>
</context>
<context>
    <name>PipelineRepository</name>
    <message>
        <source>Pipeline #%1 does not exist (it may have been deleted).</source>
        <translation>Το pipeline #%1 δεν υπάρχει (ίσως έχει διαγραφεί).</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Κατάλληλο</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Επίδειξη</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Πρόταση</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Διαπραγμάτευση</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Κερδισμένη</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Χαμένη</translation>
    </message>
    <message>
        <source>A pipeline needs a name.</source>
        <translation>Ένα pipeline χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>There is already a pipeline named &quot;%1&quot;.</source>
        <translation>Υπάρχει ήδη pipeline με όνομα «%1».</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; has no name.</source>
        <translation>Το στάδιο %1 του «%2» δεν έχει όνομα.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two stages named &quot;%2&quot;.</source>
        <translation>Το «%1» έχει δύο στάδια με όνομα «%2».</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: the probability must be between 0 and 100%.</source>
        <translation>Στάδιο «%1»: η πιθανότητα πρέπει να είναι μεταξύ 0 και 100%.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot;: deals rot after 0 (never) to 3650 days.</source>
        <translation>Στάδιο «%1»: οι συμφωνίες λιμνάζουν μετά από 0 (ποτέ) έως 3650 ημέρες.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; does not belong to this pipeline.</source>
        <translation>Το στάδιο «%1» δεν ανήκει σε αυτό το pipeline.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one open stage.</source>
        <translation>Το «%1» χρειάζεται τουλάχιστον ένα ανοιχτό στάδιο.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one Won stage and one Lost stage.</source>
        <translation>Το «%1» χρειάζεται ακριβώς ένα στάδιο Κερδισμένη και ένα στάδιο Χαμένη.</translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): move them to another stage before deleting it.</source>
        <translation>
            <numerusform>Το στάδιο «%1» περιέχει %n συμφωνία: μεταφέρετέ τη σε άλλο στάδιο πριν το διαγράψετε.</numerusform>
            <numerusform>Το στάδιο «%1» περιέχει %n συμφωνίες: μεταφέρετέ τες σε άλλο στάδιο πριν το διαγράψετε.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage &quot;%1&quot; holds %n deal(s): its kind (open, won, lost) cannot change while it does.</source>
        <translation>
            <numerusform>Το στάδιο «%1» περιέχει %n συμφωνία: το είδος του (ανοιχτό, κερδισμένη, χαμένη) δεν μπορεί να αλλάξει όσο την περιέχει.</numerusform>
            <numerusform>Το στάδιο «%1» περιέχει %n συμφωνίες: το είδος του (ανοιχτό, κερδισμένη, χαμένη) δεν μπορεί να αλλάξει όσο τις περιέχει.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds %n deal(s): move or delete them before deleting the pipeline.</source>
        <translation>
            <numerusform>Το «%1» περιέχει %n συμφωνία: μεταφέρετέ τη ή διαγράψτε τη πριν διαγράψετε το pipeline.</numerusform>
            <numerusform>Το «%1» περιέχει %n συμφωνίες: μεταφέρετέ τες ή διαγράψτε τες πριν διαγράψετε το pipeline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Πωλήσεις</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsDialog</name>
    <message>
        <source>Pipeline settings</source>
        <translation>Ρυθμίσεις pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Όνομα pipeline</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Στάδια</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Πιθανότητα</translation>
    </message>
    <message>
        <source>Rots after</source>
        <translation>Λιμνάζει μετά από</translation>
    </message>
    <message>
        <source>Deals move from left to right. A pipeline has one Won and one Lost stage; a stage that holds deals cannot be removed.</source>
        <translation>Οι συμφωνίες κινούνται από αριστερά προς τα δεξιά. Ένα pipeline έχει ένα στάδιο Κερδισμένη και ένα Χαμένη· ένα στάδιο που περιέχει συμφωνίες δεν μπορεί να αφαιρεθεί.</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Προσθήκη σταδίου</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>&amp;Αφαίρεση σταδίου</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Μετακίνηση πά&amp;νω</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Μετακίνηση &amp;κάτω</translation>
    </message>
    <message>
        <source>Kind of stage</source>
        <translation>Είδος σταδίου</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Προεπιλεγμένη πιθανότητα</translation>
    </message>
    <message>
        <source>Days after which deals rot</source>
        <translation>Ημέρες μετά τις οποίες οι συμφωνίες λιμνάζουν</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Νέο στάδιο</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Ε&amp;πιλογή όλων</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Αύξηση</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Μείωση</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Άγνωστη επιλογή &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Άγνωστες επιλογές: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Λείπει τιμή μετά το &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Μη αναμενόμενη τιμή μετά το &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[επιλογές]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Χρήση: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Επιλογές:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Ορίσματα:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Εμφανίζει βοήθεια για τις επιλογές γραμμής εντολών.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Εμφανίζει αυτή τη βοήθεια.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Εμφανίζει πληροφορίες έκδοσης.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Αναζήτηση σε:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Όνομα &amp;αρχείου:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Αρχεία τύπου:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Άνοι&amp;γμα</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Απο&amp;θήκευση</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Επι&amp;λογή</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Αποθήκευση ως</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Κατάλογοι</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Κατάλογος:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Εμπρός</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Γονικός κατάλογος</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Μετάβαση πίσω</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Μετάβαση εμπρός</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Μετάβαση στον γονικό κατάλογο</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Δημιουργία νέου φακέλου</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Δημιουργία νέου φακέλου</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Νέος φάκελος</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Νέος φάκελος</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Προβολή λίστας</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Προβολή λεπτομερειών</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Αλλαγή σε προβολή λίστας</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Αλλαγή σε προβολή λεπτομερειών</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Εμφάνιση &amp;κρυφών αρχείων</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Μετο&amp;νομασία</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Πρόσφατες θέσεις</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Πλευρική στήλη</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Λίστα θέσεων και σελιδοδεικτών</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Αρχεία</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Φάκελος αρχείων</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Αρχείο %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστο</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Ο υπολογιστής μου</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Μονάδα δίσκου</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Συντόμευση</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Το %1 υπάρχει ήδη.
Θέλετε να το αντικαταστήσετε;</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Το αρχείο δεν βρέθηκε.
Ελέγξτε ότι δόθηκε το σωστό όνομα αρχείου.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Ο κατάλογος δεν βρέθηκε.
Ελέγξτε ότι δόθηκε το σωστό όνομα καταλόγου.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Θέλετε σίγουρα να διαγράψετε το &apos;%1&apos;;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>Το &apos;%1&apos; προστατεύεται από εγγραφή.
Θέλετε να το διαγράψετε παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Δεν ήταν δυνατή η διαγραφή του καταλόγου.</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Εύρεση καταλόγου</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ημερομηνία τροποποίησης</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Υπολογιστής</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Ο υπολογιστής μου</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Μη έγκυρο όνομα αρχείου</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Εισαγάγετε μια τιμή:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Εμφάνιση λεπτομερειών...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Απόκρυψη λεπτομερειών...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Αποθήκευση όλων</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ναι σε ό&amp;λα</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Όχι σε όλ&amp;α</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Παράβλεψη</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Επαναφορά προεπιλογών</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επικό&amp;λληση</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Επιλογή όλων</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Αντιγραφή θέσης &amp;συνδέσμου</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Πίσω</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Επόμενο &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Επόμενο</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Τέλος</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Πίσω</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Οριστικοποίηση</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Τέλος</translation>
    </message>
</context>
<context>
    <name>Qualification</name>
    <message>
        <source>Give the reason for nurturing: it goes into the stage history and the follow-up.</source>
        <translation>Δώστε την αιτία για nurturing: καταγράφεται στο ιστορικό σταδίων και στην παρακολούθηση.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount cannot be negative.</source>
        <translation>Το ποσό της συμφωνίας δεν μπορεί να είναι αρνητικό.</translation>
    </message>
    <message>
        <source>BANT: %1</source>
        <translation>BANT: %1</translation>
    </message>
    <message>
        <source>Follow up after nurturing: %1</source>
        <translation>Παρακολούθηση μετά το nurturing: %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Connected</source>
        <translation>Συνδέθηκε</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Δεν απάντησε</translation>
    </message>
    <message>
        <source>Left a voicemail</source>
        <translation>Αφέθηκε φωνητικό μήνυμα</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Όχι τώρα</translation>
    </message>
    <message>
        <source>Wrong contact</source>
        <translation>Λάθος επαφή</translation>
    </message>
    <message>
        <source>The delay after &quot;not now&quot; is from 1 to 3650 days.</source>
        <translation>Η καθυστέρηση μετά το «όχι τώρα» είναι από 1 έως 3650 ημέρες.</translation>
    </message>
    <message>
        <source>Hot lead, score %1</source>
        <translation>Θερμό lead, βαθμολογία %1</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Νέα ανάθεση</translation>
    </message>
    <message numerus="yes">
        <source>Not now (call): try again in %n day(s)</source>
        <translation>
            <numerusform>Όχι τώρα (κλήση): νέα προσπάθεια σε %n ημέρα</numerusform>
            <numerusform>Όχι τώρα (κλήση): νέα προσπάθεια σε %n ημέρες</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow up after &quot;not now&quot;</source>
        <translation>Παρακολούθηση μετά το «όχι τώρα»</translation>
    </message>
    <message>
        <source>Call back (%1)</source>
        <translation>Επανάκληση (%1)</translation>
    </message>
    <message>
        <source>Call logged</source>
        <translation>Η κλήση καταγράφηκε</translation>
    </message>
    <message>
        <source>Call removed</source>
        <translation>Η κλήση αφαιρέθηκε</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Whose queue</source>
        <translation>Ποιανού η ουρά</translation>
    </message>
    <message>
        <source>Team and routing…</source>
        <translation>Ομάδα και δρομολόγηση…</translation>
    </message>
    <message>
        <source>Queue of:</source>
        <translation>Ουρά του/της:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Ουρά</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>Σημείωση κλήσης</translation>
    </message>
    <message>
        <source>Note for the next call logged (optional)</source>
        <translation>Σημείωση για την επόμενη καταγεγραμμένη κλήση (προαιρετικό)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Log the call with one key: %1 · Enter opens the lead · T plans a task</source>
        <translation>Καταγραφή της κλήσης με ένα πλήκτρο: %1 · Το Enter ανοίγει το lead · Το T προγραμματίζει εργασία</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Εργασίες</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Νέα εργασία…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Αναβολή</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 λεπτά</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ώρα</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Αύριο στις 9:00</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Εκπρόθεσμα</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Θερμά</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέα</translation>
    </message>
    <message>
        <source>Logged: %1. Next call %2.</source>
        <translation>Καταγράφηκε: %1. Επόμενη κλήση %2.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Καταγράφηκε: %1.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Αναβλήθηκε έως %1.</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Διαγραφή εργασίας</translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>Διαγραφή της εργασίας «%1»;</translation>
    </message>
    <message>
        <source>Queue (%L1)</source>
        <translation>Ουρά (%L1)</translation>
    </message>
    <message>
        <source>Tasks (%L1)</source>
        <translation>Εργασίες (%L1)</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>%1: %2, due %3</source>
        <translation>%1: %2, προθεσμία %3</translation>
    </message>
    <message>
        <source>%1 with %2: %3, due %4</source>
        <translation>%1 με %2: %3, προθεσμία %4</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
</context>
<context>
    <name>RepRepository</name>
    <message>
        <source>A rep needs a name.</source>
        <translation>Ένας πωλητής χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Έμπειρος</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation>Η χωρητικότητα του/της %1 δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>The absence of %1 ends before it starts.</source>
        <translation>Η απουσία του/της %1 τελειώνει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>Ο πωλητής #%1 δεν υπάρχει.</translation>
    </message>
</context>
<context>
    <name>RescoreJob</name>
    <message>
        <source>The workspace is read-only: scores cannot be saved.</source>
        <translation>Ο χώρος εργασίας είναι μόνο για ανάγνωση: οι βαθμολογίες δεν μπορούν να αποθηκευτούν.</translation>
    </message>
</context>
<context>
    <name>Rescorer</name>
    <message>
        <source>Score %1 reached the MQL threshold (%2)</source>
        <translation>Η βαθμολογία %1 έφτασε το όριο MQL (%2)</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Το lead #%1 δεν υπάρχει.</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>(unnamed rule)</source>
        <translation>(κανόνας χωρίς όνομα)</translation>
    </message>
    <message>
        <source>Every rule needs a name.</source>
        <translation>Κάθε κανόνας χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; gives the lead to nobody: choose a rep or a team.</source>
        <translation>Ο κανόνας «%1» δεν δίνει το lead σε κανέναν: επιλέξτε πωλητή ή ομάδα.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names a rep who does not exist.</source>
        <translation>Ο κανόνας «%1» ορίζει πωλητή που δεν υπάρχει.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; names the team &quot;%2&quot;, which has no rep.</source>
        <translation>Ο κανόνας «%1» ορίζει την ομάδα «%2», που δεν έχει πωλητή.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot;: %2</source>
        <translation>Κανόνας «%1»: %2</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched</source>
        <translation>ταίριαξε ο κανόνας «%1»</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; matched; round-robin in team %2</source>
        <translation>ταίριαξε ο κανόνας «%1»· round-robin στην ομάδα %2</translation>
    </message>
    <message>
        <source>round-robin, weighted by deals won in the last 30 days</source>
        <translation>round-robin, σταθμισμένο με τις συμφωνίες που κερδήθηκαν τις τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>round-robin</source>
        <translation>round-robin</translation>
    </message>
    <message>
        <source>no rep available: everyone is away, inactive or full</source>
        <translation>κανένας διαθέσιμος πωλητής: όλοι απουσιάζουν, είναι ανενεργοί ή πλήρεις</translation>
    </message>
    <message>
        <source>Rep #%1 does not exist.</source>
        <translation>Ο πωλητής #%1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>assigned by hand</source>
        <translation>χειροκίνητη ανάθεση</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Team and routing</source>
        <translation>Ομάδα και δρομολόγηση</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Assignment rules</source>
        <translation>Κανόνες ανάθεσης</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Προεπισκόπηση</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Πωλητές</translation>
    </message>
    <message>
        <source>Add rep</source>
        <translation>Προσθήκη πωλητή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Αρχαιότητα</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Χωρητικότητα</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>χωρίς όριο</translation>
    </message>
    <message>
        <source> open leads</source>
        <translation> ανοιχτά leads</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Απών</translation>
    </message>
    <message>
        <source>Away from</source>
        <translation>Απών από</translation>
    </message>
    <message>
        <source>Away until</source>
        <translation>Απών έως</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Κλάδοι</translation>
    </message>
    <message>
        <source>comma-separated, e.g. Retail, Hospitality</source>
        <translation>χωρισμένα με κόμμα, π.χ. Λιανική, Φιλοξενία</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Προϊόντα</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>χωρισμένα με κόμμα</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Περιοχές</translation>
    </message>
    <message>
        <source>comma-separated countries or regions</source>
        <translation>χώρες ή περιοχές χωρισμένες με κόμμα</translation>
    </message>
    <message>
        <source>Active (receives leads)</source>
        <translation>Ενεργός (λαμβάνει leads)</translation>
    </message>
    <message>
        <source>Save rep</source>
        <translation>Αποθήκευση πωλητή</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Ομάδα:</translation>
    </message>
    <message>
        <source>&amp;Seniority:</source>
        <translation>&amp;Αρχαιότητα:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Χωρητικότητα:</translation>
    </message>
    <message>
        <source>Availability:</source>
        <translation>Διαθεσιμότητα:</translation>
    </message>
    <message>
        <source>&amp;Industries:</source>
        <translation>&amp;Κλάδοι:</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Προϊόντα:</translation>
    </message>
    <message>
        <source>&amp;Regions:</source>
        <translation>Πε&amp;ριοχές:</translation>
    </message>
    <message numerus="yes">
        <source>%n open lead(s)</source>
        <translation>
            <numerusform>%n ανοιχτό lead</numerusform>
            <numerusform>%n ανοιχτά leads</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ανενεργός</translation>
    </message>
    <message>
        <source>away</source>
        <translation>απών</translation>
    </message>
    <message>
        <source>Rules, first match wins</source>
        <translation>Κανόνες, ισχύει ο πρώτος που ταιριάζει</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Προσθήκη κανόνα</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Πάνω</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Κάτω</translation>
    </message>
    <message>
        <source>When no rule matches: round-robin weighted by deals won in the last 30 days</source>
        <translation>Όταν δεν ταιριάζει κανένας κανόνας: round-robin σταθμισμένο με τις συμφωνίες που κερδήθηκαν τις τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>Assign leads automatically when they become MQL</source>
        <translation>Αυτόματη ανάθεση των leads όταν γίνονται MQL</translation>
    </message>
    <message>
        <source>Rules (tried in order; the first that matches decides):</source>
        <translation>Κανόνες (δοκιμάζονται με τη σειρά· αποφασίζει ο πρώτος που ταιριάζει):</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Όνομα κανόνα</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Συνθήκες</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Έλεγχος</translation>
    </message>
    <message>
        <source>Value(s), comma-separated</source>
        <translation>Τιμή(-ές), χωρισμένες με κόμμα</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Προσθήκη συνθήκης</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Αφαίρεση συνθήκης</translation>
    </message>
    <message>
        <source>To the rep</source>
        <translation>Στον πωλητή</translation>
    </message>
    <message>
        <source>In turn to the team</source>
        <translation>Εκ περιτροπής στην ομάδα</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Πωλητής</translation>
    </message>
    <message>
        <source>weighted by deals won in the last 30 days</source>
        <translation>σταθμισμένο με τις συμφωνίες που κερδήθηκαν τις τελευταίες 30 ημέρες</translation>
    </message>
    <message>
        <source>When all hold:</source>
        <translation>Όταν ισχύουν όλες:</translation>
    </message>
    <message>
        <source>Give the lead:</source>
        <translation>Ανάθεση του lead:</translation>
    </message>
    <message>
        <source>rep #%1</source>
        <translation>πωλητής #%1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>κανείς</translation>
    </message>
    <message>
        <source>(unnamed rule)</source>
        <translation>(κανόνας χωρίς όνομα)</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Κανόνας %1</translation>
    </message>
    <message>
        <source>Preview the rules being edited</source>
        <translation>Προεπισκόπηση των κανόνων υπό επεξεργασία</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Ποια</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Θα πήγαινε σε</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Open leads now</source>
        <translation>Ανοιχτά leads τώρα</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Who would get the last 50 leads that came in, and today&apos;s unassigned leads, under the rules as edited here (nothing is saved or assigned).</source>
        <translation>Ποιος θα έπαιρνε τα τελευταία 50 leads που μπήκαν και τα σημερινά leads χωρίς ανάθεση, με τους κανόνες όπως τους επεξεργάζεστε εδώ (τίποτα δεν αποθηκεύεται ούτε ανατίθεται).</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>πρόσφατα</translation>
    </message>
    <message>
        <source>unassigned today</source>
        <translation>χωρίς ανάθεση σήμερα</translation>
    </message>
    <message>
        <source>Criteria to meet</source>
        <translation>Κριτήρια προς εκπλήρωση</translation>
    </message>
    <message>
        <source> of 4</source>
        <translation> από 4</translation>
    </message>
    <message>
        <source>A lead is sales qualified when at least:</source>
        <translation>Ένα lead είναι κατάλληλο για πωλήσεις όταν πληρούνται τουλάχιστον:</translation>
    </message>
    <message>
        <source>and always:</source>
        <translation>και πάντα:</translation>
    </message>
    <message>
        <source>Days before trying again after &quot;not now&quot;</source>
        <translation>Ημέρες πριν από νέα προσπάθεια μετά το «όχι τώρα»</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> εργάσιμες ημέρες</translation>
    </message>
    <message>
        <source>After &quot;not now&quot; or nurturing, follow up in:</source>
        <translation>Μετά το «όχι τώρα» ή το nurturing, παρακολούθηση σε:</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Kind:</source>
        <translation>Είδος:</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Όνομα κανόνα</translation>
    </message>
    <message>
        <source>optional; the rule describes itself</source>
        <translation>προαιρετικό· ο κανόνας περιγράφει τον εαυτό του</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Πόντοι</translation>
    </message>
    <message>
        <source>Points per occurrence; negative points lower the score</source>
        <translation>Πόντοι ανά εμφάνιση· οι αρνητικοί πόντοι μειώνουν τη βαθμολογία</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Πόντοι:</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Μετρά</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>Πε&amp;δίο:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>&amp;Σύγκριση:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Τιμές</translation>
    </message>
    <message>
        <source>values separated by commas; case and accents are ignored</source>
        <translation>τιμές χωρισμένες με κόμμα· αγνοούνται πεζά/κεφαλαία και τόνοι</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Τιμές:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Δραστηριότητα</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>Δραστη&amp;ριότητα:</translation>
    </message>
    <message>
        <source>Detail contains</source>
        <translation>Η λεπτομέρεια περιέχει</translation>
    </message>
    <message>
        <source>e.g. pricing (page address, e-mail subject); empty: any</source>
        <translation>π.χ. pricing (διεύθυνση σελίδας, θέμα email)· κενό: οποιαδήποτε</translation>
    </message>
    <message>
        <source>&amp;Detail contains:</source>
        <translation>Η &amp;λεπτομέρεια περιέχει:</translation>
    </message>
    <message>
        <source>Count at most</source>
        <translation>Μέτρηση έως</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>χωρίς όριο</translation>
    </message>
    <message>
        <source>Count at &amp;most (occurrences):</source>
        <translation>Μέτρηση έ&amp;ως (εμφανίσεις):</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Χρόνος ημιζωής</translation>
    </message>
    <message>
        <source>never fades</source>
        <translation>δεν εξασθενεί ποτέ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>After this many days an occurrence counts half, after twice as many a quarter</source>
        <translation>Μετά από τόσες ημέρες μια εμφάνιση μετρά το μισό, μετά από διπλάσιες το ένα τέταρτο</translation>
    </message>
    <message>
        <source>&amp;Half-life:</source>
        <translation>&amp;Χρόνος ημιζωής:</translation>
    </message>
    <message>
        <source>Last e-mails</source>
        <translation>Τελευταία email</translation>
    </message>
    <message>
        <source>None opened of the &amp;last:</source>
        <translation>Κανένα &amp;ανοιχτό από τα τελευταία:</translation>
    </message>
    <message>
        <source>Select a rule, or add one</source>
        <translation>Επιλέξτε έναν κανόνα ή προσθέστε έναν</translation>
    </message>
</context>
<context>
    <name>RuleListModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 ημ.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ενεργός</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Πόντοι</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Έως</translation>
    </message>
    <message>
        <source>Half-life</source>
        <translation>Χρόνος ημιζωής</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Decision maker (job title)</source>
        <translation>Αποφασίζων (θέση εργασίας)</translation>
    </message>
    <message>
        <source>Manager (job title)</source>
        <translation>Διευθυντής (θέση εργασίας)</translation>
    </message>
    <message>
        <source>Company of 200 employees or more</source>
        <translation>Εταιρεία με 200 ή περισσότερους υπαλλήλους</translation>
    </message>
    <message>
        <source>Enterprise (1,000 employees or more)</source>
        <translation>Μεγάλη επιχείρηση (1.000 ή περισσότεροι υπάλληλοι)</translation>
    </message>
    <message>
        <source>Target industry</source>
        <translation>Κλάδος-στόχος</translation>
    </message>
    <message>
        <source>Phone number given</source>
        <translation>Δόθηκε αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>Personal e-mail address</source>
        <translation>Προσωπική διεύθυνση email</translation>
    </message>
    <message>
        <source>The rule set is of an unknown format (%1).</source>
        <translation>Το σύνολο κανόνων έχει άγνωστη μορφή (%1).</translation>
    </message>
    <message>
        <source>&quot;mql_threshold&quot; must be a whole number.</source>
        <translation>Το «mql_threshold» πρέπει να είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>&quot;warm_from&quot; must be a whole number.</source>
        <translation>Το «warm_from» πρέπει να είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>&quot;hot_from&quot; must be a whole number.</source>
        <translation>Το «hot_from» πρέπει να είναι ακέραιος αριθμός.</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules.</source>
        <translation>Το «rules» πρέπει να είναι λίστα κανόνων.</translation>
    </message>
    <message>
        <source>Rule %1: not an object.</source>
        <translation>Κανόνας %1: δεν είναι αντικείμενο.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Κανόνας %1: %2</translation>
    </message>
    <message>
        <source>The MQL threshold must be between -10000 and 10000.</source>
        <translation>Το όριο MQL πρέπει να είναι μεταξύ -10000 και 10000.</translation>
    </message>
    <message>
        <source>Warm must start at or below hot (warm from %1, hot from %2).</source>
        <translation>Το χλιαρό πρέπει να ξεκινά στο ή κάτω από το θερμό (χλιαρό από %1, θερμό από %2).</translation>
    </message>
    <message>
        <source>At most 32 rules can look into an activity&apos;s details (URL, subject); this set has %1.</source>
        <translation>Το πολύ 32 κανόνες μπορούν να εξετάζουν τις λεπτομέρειες μιας δραστηριότητας (URL, θέμα)· αυτό το σύνολο έχει %1.</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Κανόνας %1 (%2): %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): the id %3 is used twice.</source>
        <translation>Κανόνας %1 (%2): το id %3 χρησιμοποιείται δύο φορές.</translation>
    </message>
    <message>
        <source>The scoring rules stored in %1 cannot be read (%2).</source>
        <translation>Οι κανόνες βαθμολόγησης που είναι αποθηκευμένοι στο %1 δεν μπορούν να διαβαστούν (%2).</translation>
    </message>
</context>
<context>
    <name>SalesCommands</name>
    <message>
        <source>Qualify (BANT)</source>
        <translation>Αξιολόγηση (BANT)</translation>
    </message>
    <message>
        <source>Log call: %1</source>
        <translation>Καταγραφή κλήσης: %1</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Προσθήκη εργασίας</translation>
    </message>
    <message>
        <source>Complete task</source>
        <translation>Ολοκλήρωση εργασίας</translation>
    </message>
</context>
<context>
    <name>SalesforceConnector</name>
    <message>
        <source>Salesforce: Leads and Opportunities, through a connected app (OAuth 2.0 refresh token).</source>
        <translation>Salesforce: Leads και Opportunities, μέσω συνδεδεμένης εφαρμογής (refresh token OAuth 2.0).</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Διεύθυνση instance</translation>
    </message>
    <message>
        <source>e.g. https://yourcompany.my.salesforce.com</source>
        <translation>π.χ. https://yourcompany.my.salesforce.com</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Διεύθυνση σύνδεσης</translation>
    </message>
    <message>
        <source>https://test.salesforce.com for a sandbox</source>
        <translation>https://test.salesforce.com για sandbox</translation>
    </message>
    <message>
        <source>Connected app consumer key</source>
        <translation>Consumer key της συνδεδεμένης εφαρμογής</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Έκδοση API</translation>
    </message>
    <message>
        <source>Connected app consumer secret</source>
        <translation>Consumer secret της συνδεδεμένης εφαρμογής</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>From the OAuth 2.0 web server flow with the refresh_token and api scopes.</source>
        <translation>Από τη ροή OAuth 2.0 web server με τα εύρη refresh_token και api.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>First Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Annual Revenue</source>
        <translation>Ετήσια έσοδα</translation>
    </message>
    <message>
        <source>No. of Employees</source>
        <translation>Αρ. υπαλλήλων</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>Πολιτεία/Επαρχία</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>Lead Source</source>
        <translation>Πηγή lead</translation>
    </message>
    <message>
        <source>Lead Status</source>
        <translation>Κατάσταση lead</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Ευκαιρίες</translation>
    </message>
    <message>
        <source>Opportunity Name</source>
        <translation>Όνομα ευκαιρίας</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Close Date</source>
        <translation>Ημερομηνία κλεισίματος</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>Πιθανότητα (%)</translation>
    </message>
</context>
<context>
    <name>SalesforceSession</name>
    <message>
        <source>Salesforce: the client secret or the refresh token is not stored for this connection.</source>
        <translation>Salesforce: το client secret ή το refresh token δεν είναι αποθηκευμένο για αυτή τη σύνδεση.</translation>
    </message>
    <message>
        <source>describing %1</source>
        <translation>περιγραφή %1</translation>
    </message>
    <message>
        <source>Salesforce: %1 has no external id field %2. In Setup &gt; Object Manager &gt; %1 &gt; Fields, add a Text(80) field named Leadbench_Key with &quot;External ID&quot; and &quot;Unique&quot; ticked: Leadbench records its key there so that a repeated upload never duplicates a record.</source>
        <translation>Salesforce: το %1 δεν έχει πεδίο εξωτερικού id %2. Στο Setup &gt; Object Manager &gt; %1 &gt; Fields, προσθέστε ένα πεδίο Text(80) με όνομα Leadbench_Key με επιλεγμένα τα «External ID» και «Unique»: το Leadbench καταγράφει εκεί το κλειδί του ώστε μια επαναλαμβανόμενη αποστολή να μη δημιουργεί ποτέ διπλότυπη εγγραφή.</translation>
    </message>
    <message>
        <source>Salesforce: the query had expired; continuing from the last change read.</source>
        <translation>Salesforce: το ερώτημα είχε λήξει· συνέχεια από την τελευταία αλλαγή που διαβάστηκε.</translation>
    </message>
    <message>
        <source>querying %1</source>
        <translation>ερώτημα %1</translation>
    </message>
    <message>
        <source>Salesforce: deletions older than 30 days can no longer be read; records deleted before %1 stay here.</source>
        <translation>Salesforce: διαγραφές παλαιότερες των 30 ημερών δεν μπορούν πλέον να διαβαστούν· οι εγγραφές που διαγράφηκαν πριν από %1 παραμένουν εδώ.</translation>
    </message>
    <message>
        <source>listing deleted %1 records</source>
        <translation>λίστα διαγραμμένων εγγραφών %1</translation>
    </message>
    <message>
        <source>reading %1 records</source>
        <translation>ανάγνωση εγγραφών %1</translation>
    </message>
    <message>
        <source>deleting %1 records</source>
        <translation>διαγραφή εγγραφών %1</translation>
    </message>
    <message>
        <source>updating %1 records</source>
        <translation>ενημέρωση εγγραφών %1</translation>
    </message>
    <message>
        <source>creating %1 records</source>
        <translation>δημιουργία εγγραφών %1</translation>
    </message>
    <message>
        <source>Salesforce gave no result for this record</source>
        <translation>Το Salesforce δεν έδωσε αποτέλεσμα για αυτή την εγγραφή</translation>
    </message>
    <message>
        <source>Salesforce refused the session while %1: %2</source>
        <translation>Το Salesforce απέρριψε τη συνεδρία κατά τη λειτουργία «%1»: %2</translation>
    </message>
    <message>
        <source>Salesforce: the organisation&apos;s API request limit is used up (%1); the sync can continue when it resets.</source>
        <translation>Salesforce: το όριο αιτημάτων API του οργανισμού εξαντλήθηκε (%1)· ο συγχρονισμός μπορεί να συνεχίσει όταν μηδενιστεί.</translation>
    </message>
    <message>
        <source>Salesforce refused %1: %2. Check the user&apos;s permissions on Leads and Opportunities.</source>
        <translation>Το Salesforce απέρριψε τη λειτουργία «%1»: %2. Ελέγξτε τα δικαιώματα του χρήστη σε Leads και Opportunities.</translation>
    </message>
    <message>
        <source>Salesforce failed while %1 (HTTP %2): %3</source>
        <translation>Το Salesforce απέτυχε κατά τη λειτουργία «%1» (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Salesforce refused %1 (HTTP %2): %3</source>
        <translation>Το Salesforce απέρριψε τη λειτουργία «%1» (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Salesforce refused the connected app&apos;s credentials or the refresh token: %1. Authorise Leadbench again and store the new refresh token in the connection.</source>
        <translation>Το Salesforce απέρριψε τα διαπιστευτήρια της συνδεδεμένης εφαρμογής ή το refresh token: %1. Εξουσιοδοτήστε ξανά το Leadbench και αποθηκεύστε το νέο refresh token στη σύνδεση.</translation>
    </message>
    <message>
        <source>getting an access token</source>
        <translation>λήψη διακριτικού πρόσβασης</translation>
    </message>
    <message>
        <source>Salesforce: access token obtained.</source>
        <translation>Salesforce: αποκτήθηκε διακριτικό πρόσβασης.</translation>
    </message>
</context>
<context>
    <name>ScoreExplanationView</name>
    <message>
        <source>Score contributions</source>
        <translation>Συνεισφορές στη βαθμολογία</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Εμφανίσεις</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Πόντοι</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Ιστορικό βαθμολογίας</translation>
    </message>
    <message>
        <source>Score %1; the MQL threshold is %2.</source>
        <translation>Βαθμολογία %1· το όριο MQL είναι %2.</translation>
    </message>
    <message>
        <source>The list shows %1, from the last re-score: older behaviour has faded since.</source>
        <translation>Η λίστα δείχνει %1, από την τελευταία επαναβαθμολόγηση: η παλαιότερη συμπεριφορά έχει εξασθενήσει από τότε.</translation>
    </message>
    <message>
        <source>No rule applies to this lead yet.</source>
        <translation>Κανένας κανόνας δεν ισχύει ακόμη για αυτό το lead.</translation>
    </message>
    <message>
        <source>%1 of %2 (at most %1 count)</source>
        <translation>%1 από %2 (μετρούν έως %1)</translation>
    </message>
    <message>
        <source>%1 points after decay; last on %2</source>
        <translation>%1 πόντοι μετά την απόσβεση· τελευταία στις %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
</context>
<context>
    <name>ScoringCharts</name>
    <message>
        <source>Leads by score</source>
        <translation>Leads ανά βαθμολογία</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Βαθμολογία</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>With the edited rules</source>
        <translation>Με τους επεξεργασμένους κανόνες</translation>
    </message>
    <message>
        <source>Scores now</source>
        <translation>Τρέχουσες βαθμολογίες</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Όριο MQL</translation>
    </message>
    <message>
        <source>What each threshold would do</source>
        <translation>Τι θα έκανε κάθε όριο</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Όριο</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Τελικοί πελάτες πάνω από το όριο</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Leads που στέλνονται στις πωλήσεις</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Ακρίβεια</translation>
    </message>
    <message>
        <source>Current threshold</source>
        <translation>Τρέχον όριο</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Προτεινόμενο</translation>
    </message>
</context>
<context>
    <name>ScoringInsights</name>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified): the threshold cannot be judged from the data.</source>
        <translation>Κανένα lead δεν έχει ακόμη αποτέλεσμα (έγινε πελάτης, χάθηκε ή αποκλείστηκε): το όριο δεν μπορεί να κριθεί από τα δεδομένα.</translation>
    </message>
    <message>
        <source>No lead with a known outcome became a customer yet: nothing separates good leads from bad ones.</source>
        <translation>Κανένα lead με γνωστό αποτέλεσμα δεν έγινε ακόμη πελάτης: τίποτα δεν ξεχωρίζει τα καλά leads από τα κακά.</translation>
    </message>
    <message>
        <source>At %1, %2 of eventual customers score at or above the threshold, %3 of those above it became customers, and %4 of all leads would go to sales: the best balance (F1) of the two.</source>
        <translation>Στο %1, το %2 των τελικών πελατών έχει βαθμολογία ίση ή πάνω από το όριο, το %3 όσων είναι πάνω από αυτό έγιναν πελάτες και το %4 όλων των leads θα πήγαινε στις πωλήσεις: η καλύτερη ισορροπία (F1) των δύο.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Change scoring rules</source>
        <translation>Αλλαγή κανόνων βαθμολόγησης</translation>
    </message>
    <message>
        <source>Re-scoring progress</source>
        <translation>Πρόοδος επαναβαθμολόγησης</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stop re-scoring after the current batch; it starts again the next time</source>
        <translation>Διακοπή της επαναβαθμολόγησης μετά την τρέχουσα παρτίδα· ξεκινά ξανά την επόμενη φορά</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Κανόνες</translation>
    </message>
    <message>
        <source>Threshold advisor</source>
        <translation>Σύμβουλος ορίου</translation>
    </message>
    <message>
        <source>Attribute lift</source>
        <translation>Lift χαρακτηριστικών</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Κανόνες βαθμολόγησης</translation>
    </message>
    <message>
        <source>Add profile rule</source>
        <translation>Προσθήκη κανόνα προφίλ</translation>
    </message>
    <message>
        <source>Points for who the lead is: job title, company size, industry, …</source>
        <translation>Πόντοι για το ποιος είναι το lead: θέση εργασίας, μέγεθος εταιρείας, κλάδος, …</translation>
    </message>
    <message>
        <source>Add behaviour rule</source>
        <translation>Προσθήκη κανόνα συμπεριφοράς</translation>
    </message>
    <message>
        <source>Points for what the lead does: opens, clicks, visits, meetings, …</source>
        <translation>Πόντοι για το τι κάνει το lead: ανοίγματα, κλικ, επισκέψεις, συναντήσεις, …</translation>
    </message>
    <message>
        <source>Add &quot;no opens&quot; rule</source>
        <translation>Προσθήκη κανόνα «κανένα άνοιγμα»</translation>
    </message>
    <message>
        <source>Points when the lead opened none of the last e-mails sent</source>
        <translation>Πόντοι όταν το lead δεν άνοιξε κανένα από τα τελευταία email που στάλθηκαν</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Επιλεγμένος κανόνας</translation>
    </message>
    <message>
        <source>Threshold and temperature</source>
        <translation>Όριο και θερμοκρασία</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>Όριο MQL</translation>
    </message>
    <message>
        <source>A Subscriber, Lead or Nurturing lead whose score reaches this becomes MQL</source>
        <translation>Ένα lead σε Συνδρομητής, Lead ή Nurturing του οποίου η βαθμολογία φτάνει αυτή την τιμή γίνεται MQL</translation>
    </message>
    <message>
        <source>&amp;MQL at score:</source>
        <translation>&amp;MQL από βαθμολογία:</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>Χλιαρό από</translation>
    </message>
    <message>
        <source>&amp;Warm from:</source>
        <translation>&amp;Χλιαρό από:</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>Θερμό από</translation>
    </message>
    <message>
        <source>&amp;Hot from:</source>
        <translation>&amp;Θερμό από:</translation>
    </message>
    <message>
        <source>Score distribution preview</source>
        <translation>Προεπισκόπηση κατανομής βαθμολογιών</translation>
    </message>
    <message>
        <source>Default rules</source>
        <translation>Προεπιλεγμένοι κανόνες</translation>
    </message>
    <message>
        <source>Put the default rule set in the editor (the seeds&apos; points and profile rules)</source>
        <translation>Τοποθέτηση του προεπιλεγμένου συνόλου κανόνων στον επεξεργαστή (οι πόντοι και οι κανόνες προφίλ της αρχικής ρύθμισης)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Save and re-score</source>
        <translation>Αποθήκευση και επαναβαθμολόγηση</translation>
    </message>
    <message>
        <source>Threshold advisor chart</source>
        <translation>Γράφημα συμβούλου ορίου</translation>
    </message>
    <message>
        <source>Candidate thresholds</source>
        <translation>Υποψήφια όρια</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Όριο</translation>
    </message>
    <message>
        <source>Eventual customers above</source>
        <translation>Τελικοί πελάτες πάνω από το όριο</translation>
    </message>
    <message>
        <source>Leads sent to sales</source>
        <translation>Leads που στέλνονται στις πωλήσεις</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Ακρίβεια</translation>
    </message>
    <message>
        <source>Leads above</source>
        <translation>Leads πάνω από το όριο</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Ανανέωση</translation>
    </message>
    <message>
        <source>Use the suggested threshold</source>
        <translation>Χρήση του προτεινόμενου ορίου</translation>
    </message>
    <message>
        <source>Puts it in the rules editor; it takes effect when saved</source>
        <translation>Το τοποθετεί στον επεξεργαστή κανόνων· ισχύει μετά την αποθήκευση</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Χαρακτηριστικό</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Χαρακτηριστικό:</translation>
    </message>
    <message>
        <source>Conversion by attribute value</source>
        <translation>Μετατροπή ανά τιμή χαρακτηριστικού</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Leads with an outcome</source>
        <translation>Leads με αποτέλεσμα</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>Έγιναν πελάτες</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Μετατροπή</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>The workspace is read-only: the rules can be read and previewed, not changed.</source>
        <translation>Ο χώρος εργασίας είναι μόνο για ανάγνωση: οι κανόνες μπορούν να διαβαστούν και να προεπισκοπηθούν, όχι να αλλάξουν.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Δεν είναι δυνατή η αποθήκευση: %1</translation>
    </message>
    <message>
        <source>Unsaved changes: the preview shows what they would do.</source>
        <translation>Μη αποθηκευμένες αλλαγές: η προεπισκόπηση δείχνει τι θα έκαναν.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); scores follow every change at once.</source>
        <translation>
            <numerusform>%n κανόνας· οι βαθμολογίες ακολουθούν αμέσως κάθε αλλαγή.</numerusform>
            <numerusform>%n κανόνες· οι βαθμολογίες ακολουθούν αμέσως κάθε αλλαγή.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview waits for a sound rule set: %1</source>
        <translation>Η προεπισκόπηση περιμένει ένα έγκυρο σύνολο κανόνων: %1</translation>
    </message>
    <message>
        <source>Computing the preview…</source>
        <translation>Υπολογισμός της προεπισκόπησης…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Χωρίς προεπισκόπηση: %1</translation>
    </message>
    <message>
        <source>Under these rules %1 of %2 leads would be at or above the threshold of %3 (now %4); %5 would become MQL; %6 scores would change.</source>
        <translation>Με αυτούς τους κανόνες %1 από %2 leads θα ήταν στο ή πάνω από το όριο %3 (τώρα %4)· %5 θα γίνονταν MQL· %6 βαθμολογίες θα άλλαζαν.</translation>
    </message>
    <message>
        <source>Scoring rules changed</source>
        <translation>Οι κανόνες βαθμολόγησης άλλαξαν</translation>
    </message>
    <message>
        <source>Re-scoring every lead: %1…</source>
        <translation>Επαναβαθμολόγηση όλων των leads: %1…</translation>
    </message>
    <message>
        <source>%1 of %2 leads</source>
        <translation>%1 από %2 leads</translation>
    </message>
    <message>
        <source>Re-scoring failed: %1</source>
        <translation>Η επαναβαθμολόγηση απέτυχε: %1</translation>
    </message>
    <message>
        <source>Re-scoring stopped after %1 leads; it resumes the next time the workspace opens.</source>
        <translation>Η επαναβαθμολόγηση σταμάτησε μετά από %1 leads· συνεχίζει την επόμενη φορά που θα ανοίξει ο χώρος εργασίας.</translation>
    </message>
    <message>
        <source>Re-scored %1 leads: %2 scores changed, %3 leads became MQL.</source>
        <translation>Επαναβαθμολογήθηκαν %1 leads: άλλαξαν %2 βαθμολογίες, %3 leads έγιναν MQL.</translation>
    </message>
    <message>
        <source>Reading the outcomes…</source>
        <translation>Ανάγνωση των αποτελεσμάτων…</translation>
    </message>
    <message>
        <source>%1 leads; %2 with a known outcome (%3 became customers, %4 were lost or disqualified).</source>
        <translation>%1 leads· %2 με γνωστό αποτέλεσμα (%3 έγιναν πελάτες, %4 χάθηκαν ή αποκλείστηκαν).</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (τρέχον)</translation>
    </message>
    <message>
        <source> (suggested)</source>
        <translation> (προτεινόμενο)</translation>
    </message>
    <message>
        <source>Use the suggested threshold (%1)</source>
        <translation>Χρήση του προτεινόμενου ορίου (%1)</translation>
    </message>
    <message>
        <source>No lead has an outcome yet (became a customer, or was lost or disqualified).</source>
        <translation>Κανένα lead δεν έχει ακόμη αποτέλεσμα (έγινε πελάτης, χάθηκε ή αποκλείστηκε).</translation>
    </message>
    <message>
        <source>Overall, %1 of the %2 leads with a known outcome became customers. Lift above 1: the value converts better than average; below 1: worse.</source>
        <translation>Συνολικά, %1 από τα %2 leads με γνωστό αποτέλεσμα έγιναν πελάτες. Lift πάνω από 1: η τιμή μετατρέπει καλύτερα από τον μέσο όρο· κάτω από 1: χειρότερα.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(κανένα)</translation>
    </message>
    <message>
        <source>No value of %1 has 5 or more leads with a known outcome yet.</source>
        <translation>Καμία τιμή του %1 δεν έχει ακόμη 5 ή περισσότερα leads με γνωστό αποτέλεσμα.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Βαθμολόγηση</translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>%1 is set</source>
        <translation>%1: ορισμένο</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 containing &quot;%2&quot;</source>
        <translation>%1 που περιέχει «%2»</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number</source>
        <translation>Το «id» πρέπει να είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be profile, behaviour or no_opens, not &quot;%1&quot;</source>
        <translation>Το «kind» πρέπει να είναι profile, behaviour ή no_opens, όχι «%1»</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>Λείπει το «points»</translation>
    </message>
    <message>
        <source>&quot;points&quot; must be a whole number</source>
        <translation>Το «points» πρέπει να είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>&quot;field&quot;: &quot;%1&quot; is not a field a profile rule can read</source>
        <translation>«field»: το «%1» δεν είναι πεδίο που μπορεί να διαβάσει ένας κανόνας προφίλ</translation>
    </message>
    <message>
        <source>&quot;operator&quot;: &quot;%1&quot; is not one of equals, contains, one_of, at_least, at_most, is_set</source>
        <translation>«operator»: το «%1» δεν είναι ένα από τα equals, contains, one_of, at_least, at_most, is_set</translation>
    </message>
    <message>
        <source>&quot;values&quot; must hold texts or numbers</source>
        <translation>Το «values» πρέπει να περιέχει κείμενα ή αριθμούς</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be a list</source>
        <translation>Το «values» πρέπει να είναι λίστα</translation>
    </message>
    <message>
        <source>&quot;activity&quot;: &quot;%1&quot; is not an activity type</source>
        <translation>«activity»: το «%1» δεν είναι τύπος δραστηριότητας</translation>
    </message>
    <message>
        <source>&quot;cap&quot; must be a whole number</source>
        <translation>Το «cap» πρέπει να είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>&quot;half_life_days&quot; must be a number</source>
        <translation>Το «half_life_days» πρέπει να είναι αριθμός</translation>
    </message>
    <message>
        <source>&quot;last_emails&quot; must be a whole number</source>
        <translation>Το «last_emails» πρέπει να είναι ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>Points must be between -1000 and 1000.</source>
        <translation>Οι πόντοι πρέπει να είναι μεταξύ -1000 και 1000.</translation>
    </message>
    <message>
        <source>A profile rule cannot read %1.</source>
        <translation>Ένας κανόνας προφίλ δεν μπορεί να διαβάσει το %1.</translation>
    </message>
    <message>
        <source>%1 can only be tested with &quot;is set&quot;.</source>
        <translation>Το %1 μπορεί να ελεγχθεί μόνο με «είναι ορισμένο».</translation>
    </message>
    <message>
        <source>Give a value to compare %1 with.</source>
        <translation>Δώστε μια τιμή για σύγκριση με το %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; %2 is not a number field.</source>
        <translation>Το «%1» συγκρίνει αριθμούς· το %2 δεν είναι αριθμητικό πεδίο.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>Το «%1» δεν είναι αριθμός.</translation>
    </message>
    <message>
        <source>%1 cannot be scored.</source>
        <translation>Το %1 δεν μπορεί να βαθμολογηθεί.</translation>
    </message>
    <message>
        <source>The cap must be between 0 (no cap) and 1000 occurrences.</source>
        <translation>Το ανώτατο όριο πρέπει να είναι μεταξύ 0 (χωρίς όριο) και 1000 εμφανίσεων.</translation>
    </message>
    <message>
        <source>The half-life must be between 0 (no decay) and 3650 days.</source>
        <translation>Ο χρόνος ημιζωής πρέπει να είναι μεταξύ 0 (χωρίς απόσβεση) και 3650 ημερών.</translation>
    </message>
    <message>
        <source>The number of e-mails must be between 1 and 100.</source>
        <translation>Ο αριθμός των email πρέπει να είναι μεταξύ 1 και 100.</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>equals</source>
        <translation>ισούται με</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>περιέχει</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>είναι ένα από</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>είναι τουλάχιστον</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>είναι το πολύ</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>είναι ορισμένο</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Προφίλ</translation>
    </message>
    <message>
        <source>No opens</source>
        <translation>Κανένα άνοιγμα</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Συμπεριφορά</translation>
    </message>
    <message numerus="yes">
        <source>Opened none of the last %Ln e-mail(s)</source>
        <translation>
            <numerusform>Δεν άνοιξε το τελευταίο %Ln email</numerusform>
            <numerusform>Δεν άνοιξε κανένα από τα τελευταία %Ln email</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>Scoring rules changed</source>
        <translation>Οι κανόνες βαθμολόγησης άλλαξαν</translation>
    </message>
    <message>
        <source>Daily re-score: older behaviour counts less</source>
        <translation>Ημερήσια επαναβαθμολόγηση: η παλαιότερη συμπεριφορά μετρά λιγότερο</translation>
    </message>
    <message>
        <source>Scored with the workspace&apos;s rules</source>
        <translation>Βαθμολόγηση με τους κανόνες του χώρου εργασίας</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Ένα τμήμα χρειάζεται όνομα.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Γενικά</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Το όνομά σας</translation>
    </message>
    <message>
        <source>Recorded with every stage change, activity and merge you make.</source>
        <translation>Καταγράφεται με κάθε αλλαγή σταδίου, δραστηριότητα και συγχώνευση που κάνετε.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Το ό&amp;νομά σας:</translation>
    </message>
    <message>
        <source>Workspace at start</source>
        <translation>Χώρος εργασίας κατά την εκκίνηση</translation>
    </message>
    <message>
        <source>The last workspace used</source>
        <translation>Ο τελευταίος που χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>The default workspace</source>
        <translation>Ο προεπιλεγμένος χώρος εργασίας</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>Άνοιγμα κατά την &amp;εκκίνηση:</translation>
    </message>
    <message>
        <source>Ask before deleting several leads at once</source>
        <translation>Ερώτηση πριν από τη διαγραφή πολλών leads ταυτόχρονα</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Αυτόματα αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>Back up the open workspace automatically</source>
        <translation>Αυτόματη δημιουργία αντιγράφων ασφαλείας του ανοιχτού χώρου εργασίας</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>Ώρες μεταξύ αντιγράφων ασφαλείας</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ώρ.</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Κάθε:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Αντίγραφα προς διατήρηση</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Διατήρηση των τελευταίων:</translation>
    </message>
    <message>
        <source>Your name cannot be empty: it is recorded in the histories.</source>
        <translation>Το όνομά σας δεν μπορεί να είναι κενό: καταγράφεται στα ιστορικά.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <extracomment>%1 is the name of the system&apos;s language in that language (Français, Ελληνικά ...)</extracomment>
        <translation>Προεπιλογή συστήματος (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>A new language applies when Leadbench starts again.</source>
        <translation>Μια νέα γλώσσα εφαρμόζεται όταν το Leadbench ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <source>The language changes the next time Leadbench starts.</source>
        <translation>Η γλώσσα αλλάζει την επόμενη φορά που θα ξεκινήσει το Leadbench.</translation>
    </message>
</context>
<context>
    <name>StageMachine</name>
    <message>
        <source>The lead is already at %1.</source>
        <translation>Το lead είναι ήδη στο στάδιο %1.</translation>
    </message>
    <message>
        <source>A lead cannot move from %1 to %2; from %1 it can move to %3.</source>
        <translation>Ένα lead δεν μπορεί να μεταφερθεί από %1 σε %2· από %1 μπορεί να μεταφερθεί σε %3.</translation>
    </message>
    <message>
        <source>no other stage</source>
        <translation>κανένα άλλο στάδιο</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Step type</source>
        <translation>Τύπος βήματος</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <source>Step label</source>
        <translation>Ετικέτα βήματος</translation>
    </message>
    <message>
        <source>Optional: a name shown on the card</source>
        <translation>Προαιρετικό: όνομα που εμφανίζεται στην κάρτα</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Ετικέτα:</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>Πρότυπο email</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Πρότυπο:</translation>
    </message>
    <message>
        <source>Wait length</source>
        <translation>Διάρκεια αναμονής</translation>
    </message>
    <message>
        <source>Wait unit</source>
        <translation>Μονάδα αναμονής</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ώρες</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ημέρες</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>εργάσιμες ημέρες</translation>
    </message>
    <message>
        <source>Wait:</source>
        <translation>Αναμονή:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Συνθήκη</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Αν:</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Βαθμολογία τουλάχιστον</translation>
    </message>
    <message>
        <source>Sc&amp;ore ≥</source>
        <translation>&amp;Βαθμολογία ≥</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Στάδιο</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Στάδιο:</translation>
    </message>
    <message>
        <source>Lead field</source>
        <translation>Πεδίο lead</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Πεδίο:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Σύγκριση</translation>
    </message>
    <message>
        <source>Com&amp;parison:</source>
        <translation>Σύ&amp;γκριση:</translation>
    </message>
    <message>
        <source>Value (several: separated by commas)</source>
        <translation>Τιμή (πολλές: χωρισμένες με κόμμα)</translation>
    </message>
    <message>
        <source>Value; for &quot;one of&quot;: values separated by commas</source>
        <translation>Τιμή· για «είναι ένα από»: τιμές χωρισμένες με κόμμα</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Τι&amp;μή:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>Ε&amp;νέργεια:</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Νέο στάδιο</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Στάδιο:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Πωλητής</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Πωλητής:</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Τύπος εργασίας</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Ερ&amp;γασία:</translation>
    </message>
    <message>
        <source>Task title or message</source>
        <translation>Τίτλος εργασίας ή μήνυμα</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;Κείμενο:</translation>
    </message>
    <message>
        <source>Due in days</source>
        <translation>Προθεσμία σε ημέρες</translation>
    </message>
    <message>
        <source>Due in (days):</source>
        <translation>Προθεσμία (ημέρες):</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>If yes, go to</source>
        <translation>Αν ναι, μετάβαση σε</translation>
    </message>
    <message>
        <source>If no, go to</source>
        <translation>Αν όχι, μετάβαση σε</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Μετά:</translation>
    </message>
    <message>
        <source>If &amp;yes:</source>
        <translation>Αν &amp;ναι:</translation>
    </message>
    <message>
        <source>If &amp;no:</source>
        <translation>Αν ό&amp;χι:</translation>
    </message>
    <message>
        <source>Select a step in the flow, or add one.</source>
        <translation>Επιλέξτε ένα βήμα στη ροή ή προσθέστε ένα.</translation>
    </message>
    <message>
        <source>Step #%1</source>
        <translation>Βήμα #%1</translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation>(επιλέξτε πρότυπο)</translation>
    </message>
    <message>
        <source>By the routing rules</source>
        <translation>Με τους κανόνες δρομολόγησης</translation>
    </message>
    <message>
        <source>End of the sequence</source>
        <translation>Τέλος της ακολουθίας</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Keep Leadbench&apos;s value</source>
        <translation>Διατήρηση της τιμής του Leadbench</translation>
    </message>
    <message>
        <source>Take the CRM&apos;s value</source>
        <translation>Λήψη της τιμής του CRM</translation>
    </message>
    <message>
        <source>The newest change wins</source>
        <translation>Κερδίζει η πιο πρόσφατη αλλαγή</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Να ερωτώμαι</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Συμφωνίες</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>Sync::SyncRunner</name>
    <message>
        <source>A sync is already running.</source>
        <translation>Εκτελείται ήδη συγχρονισμός.</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>Η σύνδεση #%1 δεν υπάρχει πλέον.</translation>
    </message>
</context>
<context>
    <name>Sync::SyncService</name>
    <message>
        <source>%1: &quot;%2&quot; is required.</source>
        <translation>%1: το «%2» είναι υποχρεωτικό.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no setting &quot;%2&quot;.</source>
        <translation>Το %1 δεν έχει ρύθμιση «%2».</translation>
    </message>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>Η σύνδεση #%1 δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>The conflict #%1 was already settled.</source>
        <translation>Η διένεξη #%1 έχει ήδη διευθετηθεί.</translation>
    </message>
    <message>
        <source>Conflict settled: %1</source>
        <translation>Η διένεξη διευθετήθηκε: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation>ποτέ</translation>
    </message>
    <message>
        <source>  connectors [--json]
        The CRM connector plug-ins found, and those refused with the reason.
  connections list [--json]
  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]
                  [--secret-stdin] [--no-test]
        Adds a CRM connection and tests it. Secrets (tokens, client secrets, refresh tokens) are
        never options: they are asked for on the terminal, or read from standard input with
        --secret-stdin (KEY=VALUE lines, or just the value when the connector has one secret),
        and kept in the system keychain only. Settings: see &quot;connectors&quot;.
  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]
  connections remove NAME
  connections test NAME
  connections mapping NAME [--json]
  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]
        push: Leadbench is the source of truth for the field; pull: the CRM is. --clear-allowed
        lets an empty value replace a filled one.
  connections unmap NAME lead|deal LOCAL_FIELD
  connections reset-mapping NAME
  connections log NAME [--runs N]
  sync CONNECTION [--full] [--dry-run] [--json]
        Pulls the CRM&apos;s changes, then pushes Leadbench&apos;s. --full compares every record;
        --dry-run shows what would change, field by field, and writes nothing anywhere.
        Exit code 1 when the sync failed or the CRM refused some records (listed).
  conflicts list [CONNECTION] [--json]
  conflicts resolve ID local|remote
  conflicts resolve-all CONNECTION local|remote
        Fields changed on both sides since the last sync wait for a choice (with the rule &quot;ask&quot;).
</source>
        <translation>  connectors [--json]
        Τα πρόσθετα σύνδεσης CRM που βρέθηκαν και όσα απορρίφθηκαν, με την αιτία.
  connections list [--json]
  connections add NAME --connector ID [--set KEY=VALUE]... [--conflicts ask|local|remote|newest]
                  [--secret-stdin] [--no-test]
        Προσθέτει μια σύνδεση CRM και τη δοκιμάζει. Τα μυστικά (tokens, client secrets, refresh tokens) δεν είναι
        ποτέ επιλογές: ζητούνται στο τερματικό ή διαβάζονται από την τυπική είσοδο με
        --secret-stdin (γραμμές KEY=VALUE ή μόνο η τιμή όταν η σύνδεση έχει ένα μυστικό),
        και φυλάσσονται μόνο στην κλειδοθήκη του συστήματος. Ρυθμίσεις: δείτε «connectors».
  connections edit NAME [--name NEW] [--set KEY=VALUE]... [--conflicts RULE] [--secret-stdin]
  connections remove NAME
  connections test NAME
  connections mapping NAME [--json]
  connections map NAME lead|deal LOCAL_FIELD CRM_FIELD [--direction both|push|pull] [--clear-allowed]
        push: το Leadbench είναι η πηγή αλήθειας για το πεδίο· pull: το CRM. Το --clear-allowed
        επιτρέπει σε μια κενή τιμή να αντικαταστήσει μια συμπληρωμένη.
  connections unmap NAME lead|deal LOCAL_FIELD
  connections reset-mapping NAME
  connections log NAME [--runs N]
  sync CONNECTION [--full] [--dry-run] [--json]
        Λαμβάνει τις αλλαγές του CRM και μετά στέλνει του Leadbench. Το --full συγκρίνει κάθε εγγραφή·
        το --dry-run δείχνει τι θα άλλαζε, πεδίο προς πεδίο, και δεν γράφει τίποτα πουθενά.
        Κωδικός εξόδου 1 όταν ο συγχρονισμός απέτυχε ή το CRM απέρριψε ορισμένες εγγραφές (εμφανίζονται).
  conflicts list [CONNECTION] [--json]
  conflicts resolve ID local|remote
  conflicts resolve-all CONNECTION local|remote
        Τα πεδία που άλλαξαν και στις δύο πλευρές από τον τελευταίο συγχρονισμό περιμένουν επιλογή (με τον κανόνα «ask»).
</translation>
    </message>
    <message>
        <source>leadbench-cli: %1</source>
        <translation>leadbench-cli: %1</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli --help&quot; for the commands.</source>
        <translation>Εκτελέστε «leadbench-cli --help» για τις εντολές.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή «%1»</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Έξοδος JSON.</translation>
    </message>
    <message>
        <source>No connector plug-ins in %1.</source>
        <translation>Δεν υπάρχουν πρόσθετα σύνδεσης στο %1.</translation>
    </message>
    <message>
        <source>%1: refused (%2)</source>
        <translation>%1: απορρίφθηκε (%2)</translation>
    </message>
    <message>
        <source>(secret: standard input or prompt)</source>
        <translation>(μυστικό: τυπική είσοδος ή προτροπή)</translation>
    </message>
    <message>
        <source>(default %1)</source>
        <translation>(προεπιλογή %1)</translation>
    </message>
    <message>
        <source>connections needs list, add, edit, remove, test, mapping, map, unmap, reset-mapping or log</source>
        <translation>το connections χρειάζεται list, add, edit, remove, test, mapping, map, unmap, reset-mapping ή log</translation>
    </message>
    <message>
        <source>unknown connections command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή connections «%1»</translation>
    </message>
    <message>
        <source>No connections. Add one with &quot;leadbench-cli connections add&quot;.</source>
        <translation>Δεν υπάρχουν συνδέσεις. Προσθέστε μία με «leadbench-cli connections add».</translation>
    </message>
    <message>
        <source>last sync: %1 %2</source>
        <translation>τελευταίος συγχρονισμός: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n αλλαγή προς αποστολή</numerusform>
            <numerusform>%n αλλαγές προς αποστολή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n διένεξη</numerusform>
            <numerusform>%n διενέξεις</numerusform>
        </translation>
    </message>
    <message>
        <source>leadbench-cli: standard input: &quot;%1&quot; is not one of %2 (KEY=VALUE lines)</source>
        <translation>leadbench-cli: τυπική είσοδος: το «%1» δεν είναι ένα από τα %2 (γραμμές KEY=VALUE)</translation>
    </message>
    <message>
        <source>a line without =</source>
        <translation>μια γραμμή χωρίς =</translation>
    </message>
    <message>
        <source>leadbench-cli: %1 needs its secrets (%2): give them on standard input with --secret-stdin.</source>
        <translation>leadbench-cli: το %1 χρειάζεται τα μυστικά του (%2): δώστε τα στην τυπική είσοδο με --secret-stdin.</translation>
    </message>
    <message>
        <source>%1 (not shown): </source>
        <translation>%1 (δεν εμφανίζεται): </translation>
    </message>
    <message>
        <source>Connector id.</source>
        <translation>Αναγνωριστικό σύνδεσης.</translation>
    </message>
    <message>
        <source>A setting.</source>
        <translation>Μια ρύθμιση.</translation>
    </message>
    <message>
        <source>Conflict rule.</source>
        <translation>Κανόνας διενέξεων.</translation>
    </message>
    <message>
        <source>Read secrets from standard input.</source>
        <translation>Ανάγνωση μυστικών από την τυπική είσοδο.</translation>
    </message>
    <message>
        <source>Do not test the connection.</source>
        <translation>Να μη δοκιμαστεί η σύνδεση.</translation>
    </message>
    <message>
        <source>connections add takes one NAME</source>
        <translation>το connections add δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>connections add needs --connector (see &quot;leadbench-cli connectors&quot;)</source>
        <translation>το connections add χρειάζεται --connector (δείτε «leadbench-cli connectors»)</translation>
    </message>
    <message>
        <source>--conflicts: &quot;%1&quot; is not ask, local, remote or newest</source>
        <translation>--conflicts: το «%1» δεν είναι ask, local, remote ή newest</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not KEY=VALUE</source>
        <translation>--set: το «%1» δεν είναι KEY=VALUE</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: it is never given on the command line (it would stay in the shell&apos;s history); give it on standard input with --secret-stdin or when asked</source>
        <translation>--set: το %1 είναι μυστικό: δεν δίνεται ποτέ στη γραμμή εντολών (θα έμενε στο ιστορικό του κελύφους)· δώστε το στην τυπική είσοδο με --secret-stdin ή όταν ζητηθεί</translation>
    </message>
    <message>
        <source>Added the connection &quot;%1&quot; (%2).</source>
        <translation>Προστέθηκε η σύνδεση «%1» (%2).</translation>
    </message>
    <message>
        <source>Connection test: ok.</source>
        <translation>Δοκιμή σύνδεσης: ok.</translation>
    </message>
    <message>
        <source>the connection was added, but its test failed: %1</source>
        <translation>η σύνδεση προστέθηκε, αλλά η δοκιμή της απέτυχε: %1</translation>
    </message>
    <message>
        <source>New name.</source>
        <translation>Νέο όνομα.</translation>
    </message>
    <message>
        <source>connections edit takes one NAME</source>
        <translation>το connections edit δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>--set: %1 is a secret: give it on standard input with --secret-stdin</source>
        <translation>--set: το %1 είναι μυστικό: δώστε το στην τυπική είσοδο με --secret-stdin</translation>
    </message>
    <message>
        <source>Changed the connection &quot;%1&quot;.</source>
        <translation>Η σύνδεση «%1» άλλαξε.</translation>
    </message>
    <message>
        <source>connections remove takes one NAME</source>
        <translation>το connections remove δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot; and its secrets; the leads stay.</source>
        <translation>Η σύνδεση «%1» και τα μυστικά της αφαιρέθηκαν· τα leads παραμένουν.</translation>
    </message>
    <message>
        <source>connections test takes one NAME</source>
        <translation>το connections test δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>%1: the connection works.</source>
        <translation>%1: η σύνδεση λειτουργεί.</translation>
    </message>
    <message>
        <source>connections mapping takes one NAME</source>
        <translation>το connections mapping δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>%1 &lt;-&gt; %2:</source>
        <translation>%1 &lt;-&gt; %2:</translation>
    </message>
    <message>
        <source>both, push or pull.</source>
        <translation>both, push ή pull.</translation>
    </message>
    <message>
        <source>An empty value may replace a filled one.</source>
        <translation>Μια κενή τιμή μπορεί να αντικαταστήσει μια συμπληρωμένη.</translation>
    </message>
    <message>
        <source>connections map takes NAME lead|deal LOCAL_FIELD CRM_FIELD</source>
        <translation>το connections map δέχεται NAME lead|deal LOCAL_FIELD CRM_FIELD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not lead or deal</source>
        <translation>το «%1» δεν είναι lead ή deal</translation>
    </message>
    <message>
        <source>--direction: &quot;%1&quot; is not both, push or pull</source>
        <translation>--direction: το «%1» δεν είναι both, push ή pull</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>το %1 δεν έχει πεδίο «%2»</translation>
    </message>
    <message>
        <source>leadbench-cli: note: %1 is not one of %2&apos;s standard fields; it must exist in the CRM.</source>
        <translation>leadbench-cli: σημείωση: το %1 δεν είναι ένα από τα τυπικά πεδία του %2· πρέπει να υπάρχει στο CRM.</translation>
    </message>
    <message>
        <source>%1: %2 &lt;-&gt; %3 (%4).</source>
        <translation>%1: %2 &lt;-&gt; %3 (%4).</translation>
    </message>
    <message>
        <source>connections unmap takes NAME lead|deal LOCAL_FIELD</source>
        <translation>το connections unmap δέχεται NAME lead|deal LOCAL_FIELD</translation>
    </message>
    <message>
        <source>%1 does not map &quot;%2&quot;</source>
        <translation>το %1 δεν αντιστοιχίζει το «%2»</translation>
    </message>
    <message>
        <source>%1: %2 is no longer synced.</source>
        <translation>%1: το %2 δεν συγχρονίζεται πλέον.</translation>
    </message>
    <message>
        <source>connections reset-mapping takes one NAME</source>
        <translation>το connections reset-mapping δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>%1: the connector&apos;s default field mapping is back.</source>
        <translation>%1: επανήλθε η προεπιλεγμένη αντιστοίχιση πεδίων της σύνδεσης.</translation>
    </message>
    <message>
        <source>How many runs.</source>
        <translation>Πόσες εκτελέσεις.</translation>
    </message>
    <message>
        <source>connections log takes one NAME</source>
        <translation>το connections log δέχεται ένα NAME</translation>
    </message>
    <message>
        <source>Run of %1: %2 — %3</source>
        <translation>Εκτέλεση του %1: %2 — %3</translation>
    </message>
    <message>
        <source>Compare every record.</source>
        <translation>Σύγκριση κάθε εγγραφής.</translation>
    </message>
    <message>
        <source>Write nothing; show what would change.</source>
        <translation>Καμία εγγραφή· εμφάνιση του τι θα άλλαζε.</translation>
    </message>
    <message>
        <source>sync takes one CONNECTION (see &quot;leadbench-cli connections list&quot;)</source>
        <translation>το sync δέχεται ένα CONNECTION (δείτε «leadbench-cli connections list»)</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. What a sync would do:</source>
        <translation>Δοκιμαστική εκτέλεση: δεν γράφτηκε τίποτα. Τι θα έκανε ένας συγχρονισμός:</translation>
    </message>
    <message>
        <source>here</source>
        <translation>εδώ</translation>
    </message>
    <message>
        <source>%1 %2: &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 %2: «%3» -&gt; «%4»</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more change(s).</source>
        <translation>
            <numerusform>... και %n ακόμη αλλαγή.</numerusform>
            <numerusform>... και %n ακόμη αλλαγές.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused by %1 (they stay queued; fix them and sync again):</source>
        <translation>Απορρίφθηκαν από το %1 (παραμένουν στην ουρά· διορθώστε τα και συγχρονίστε ξανά):</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your choice: &quot;leadbench-cli conflicts list&quot;.</source>
        <translation>
            <numerusform>%n διένεξη περιμένει την επιλογή σας: «leadbench-cli conflicts list».</numerusform>
            <numerusform>%n διενέξεις περιμένουν την επιλογή σας: «leadbench-cli conflicts list».</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts needs list, resolve or resolve-all</source>
        <translation>το conflicts χρειάζεται list, resolve ή resolve-all</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Καμία διένεξη.</translation>
    </message>
    <message>
        <source>deleted in the CRM, changed here</source>
        <translation>διαγράφηκε στο CRM, άλλαξε εδώ</translation>
    </message>
    <message>
        <source>%1: here &quot;%2&quot;, in the CRM &quot;%3&quot;</source>
        <translation>%1: εδώ «%2», στο CRM «%3»</translation>
    </message>
    <message>
        <source>conflicts resolve takes ID local|remote</source>
        <translation>το conflicts resolve δέχεται ID local|remote</translation>
    </message>
    <message>
        <source>Settled; the next sync sends or keeps it.</source>
        <translation>Διευθετήθηκε· ο επόμενος συγχρονισμός το στέλνει ή το διατηρεί.</translation>
    </message>
    <message>
        <source>conflicts resolve-all takes CONNECTION local|remote</source>
        <translation>το conflicts resolve-all δέχεται CONNECTION local|remote</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled.</source>
        <translation>
            <numerusform>Διευθετήθηκε %n διένεξη.</numerusform>
            <numerusform>Διευθετήθηκαν %n διενέξεις.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown conflicts command &quot;%1&quot;</source>
        <translation>άγνωστη εντολή conflicts «%1»</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The connection #%1 no longer exists.</source>
        <translation>Η σύνδεση #%1 δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Synced from %1</source>
        <translation>Συγχρονισμός από %1</translation>
    </message>
    <message>
        <source>Dry run of %1 (%2): nothing is written.</source>
        <translation>Δοκιμαστική εκτέλεση του %1 (%2): δεν γράφεται τίποτα.</translation>
    </message>
    <message>
        <source>Full sync of %1 (%2).</source>
        <translation>Πλήρης συγχρονισμός του %1 (%2).</translation>
    </message>
    <message>
        <source>Sync of %1 (%2).</source>
        <translation>Συγχρονισμός του %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>%1 pulled, %2 pushed, %3 failed, %4 new conflicts; %5 requests.</source>
        <translation>%1 λήψεις, %2 αποστολές, %3 αποτυχίες, %4 νέες διενέξεις· %5 αιτήματα.</translation>
    </message>
    <message>
        <source>Pulling %1… %2</source>
        <translation>Λήψη %1… %2</translation>
    </message>
    <message>
        <source>%1 linked to the CRM&apos;s record %2 (same e-mail).</source>
        <translation>Το %1 συνδέθηκε με την εγγραφή %2 του CRM (ίδιο email).</translation>
    </message>
    <message>
        <source>%1: changed here and in the CRM (%2); waiting for your choice.</source>
        <translation>%1: άλλαξε εδώ και στο CRM (%2)· αναμονή για την επιλογή σας.</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>άλλαξε εδώ</translation>
    </message>
    <message>
        <source>deleted in the CRM</source>
        <translation>διαγράφηκε στο CRM</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM but changed here; waiting for your choice.</source>
        <translation>Το %1 διαγράφηκε στο CRM αλλά άλλαξε εδώ· αναμονή για την επιλογή σας.</translation>
    </message>
    <message>
        <source>%1 was deleted in the CRM: deleted here too.</source>
        <translation>Το %1 διαγράφηκε στο CRM: διαγράφηκε και εδώ.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Ακυρώθηκε.</translation>
    </message>
    <message>
        <source>%1 no longer exists in the CRM; it is created again.</source>
        <translation>Το %1 δεν υπάρχει πλέον στο CRM· δημιουργείται ξανά.</translation>
    </message>
    <message>
        <source>the CRM already has it as record %1, which is linked to %2: merge the two here</source>
        <translation>το CRM το έχει ήδη ως εγγραφή %1, που είναι συνδεδεμένη με το %2: συγχωνεύστε τα δύο εδώ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists in the CRM (record %2, %3): linked and merged.</source>
        <translation>Το %1 υπάρχει ήδη στο CRM (εγγραφή %2, %3): συνδέθηκε και συγχωνεύτηκε.</translation>
    </message>
    <message>
        <source>%1 was refused by the CRM: %2</source>
        <translation>Το %1 απορρίφθηκε από το CRM: %2</translation>
    </message>
    <message>
        <source>the CRM did not answer for this record</source>
        <translation>το CRM δεν απάντησε για αυτή την εγγραφή</translation>
    </message>
    <message>
        <source>Pushing %1… %L2 of %L3</source>
        <translation>Αποστολή %1… %L2 από %L3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>succeeded</source>
        <translation>επιτυχία</translation>
    </message>
    <message>
        <source>done, but the CRM refused some records</source>
        <translation>ολοκληρώθηκε, αλλά το CRM απέρριψε ορισμένες εγγραφές</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>δεν εκτελέστηκε ποτέ</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Συνδέσεις</translation>
    </message>
    <message>
        <source>CRM connections</source>
        <translation>Συνδέσεις CRM</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Επεξεργασία…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Δοκιμή</translation>
    </message>
    <message>
        <source>Field &amp;Mapping…</source>
        <translation>Α&amp;ντιστοίχιση πεδίων…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>&amp;Full (compare every record)</source>
        <translation>Π&amp;λήρης (σύγκριση κάθε εγγραφής)</translation>
    </message>
    <message>
        <source>Full sync</source>
        <translation>Πλήρης συγχρονισμός</translation>
    </message>
    <message>
        <source>&amp;Dry Run…</source>
        <translation>Δοκι&amp;μαστική εκτέλεση…</translation>
    </message>
    <message>
        <source>Shows what a sync would change, field by field, without writing anything.</source>
        <translation>Δείχνει τι θα άλλαζε ένας συγχρονισμός, πεδίο προς πεδίο, χωρίς να γράψει τίποτα.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ακύ&amp;ρωση</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Διενέξεις…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Πρόοδος συγχρονισμού</translation>
    </message>
    <message>
        <source>Log of the last run:</source>
        <translation>Καταγραφή τελευταίας εκτέλεσης:</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Καταγραφή συγχρονισμού</translation>
    </message>
    <message>
        <source>Connect Leadbench to HubSpot or Salesforce to share leads and deals with your team: &quot;Add…&quot; a connection, then &quot;Sync Now&quot;. Leadbench keeps working offline and sends your changes when you sync.</source>
        <translation>Συνδέστε το Leadbench με το HubSpot ή το Salesforce για να μοιράζεστε leads και συμφωνίες με την ομάδα σας: «Προσθήκη…» μιας σύνδεσης και μετά «Συγχρονισμός τώρα». Το Leadbench συνεχίζει να λειτουργεί εκτός σύνδεσης και στέλνει τις αλλαγές σας όταν συγχρονίζετε.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (plug-in &quot;%2&quot; missing)</source>
        <translation>%1 (λείπει το πρόσθετο «%2»)</translation>
    </message>
    <message>
        <source>Last sync %1 %2: %3</source>
        <translation>Τελευταίος συγχρονισμός %1 %2: %3</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Δεν έχει συγχρονιστεί ακόμη.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Αλλαγές που περιμένουν αποστολή: %1.</translation>
    </message>
    <message>
        <source>No changes waiting to be sent.</source>
        <translation>Καμία αλλαγή δεν περιμένει αποστολή.</translation>
    </message>
    <message>
        <source>Conflicts (%1)…</source>
        <translation>Διενέξεις (%1)…</translation>
    </message>
    <message>
        <source>Connection added. Test it, then Sync Now.</source>
        <translation>Η σύνδεση προστέθηκε. Δοκιμάστε τη και μετά Συγχρονισμός τώρα.</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>Αφαίρεση σύνδεσης</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot; and its secrets from the keychain? The leads stay here and in the CRM; they are simply no longer synced.</source>
        <translation>Αφαίρεση της σύνδεσης «%1» και των μυστικών της από την κλειδοθήκη; Τα leads παραμένουν εδώ και στο CRM· απλώς δεν συγχρονίζονται πλέον.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Η σύνδεση λειτουργεί.</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>Δοκιμαστική εκτέλεση</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Έναρξη…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <source>Cancelling after the request in flight…</source>
        <translation>Ακύρωση μετά το αίτημα σε εξέλιξη…</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Σφάλμα: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Προειδοποίηση: </translation>
    </message>
    <message>
        <source>Sync %1: %2</source>
        <translation>Συγχρονισμός %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>There is no connection named &quot;%1&quot; (this workspace has none yet).</source>
        <translation>Δεν υπάρχει σύνδεση με όνομα «%1» (αυτός ο χώρος εργασίας δεν έχει ακόμη καμία).</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot; (connections: %2).</source>
        <translation>Δεν υπάρχει σύνδεση με όνομα «%1» (συνδέσεις: %2).</translation>
    </message>
    <message>
        <source>A connection needs a name.</source>
        <translation>Μια σύνδεση χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Υπάρχει ήδη σύνδεση με όνομα «%1».</translation>
    </message>
    <message>
        <source>A field mapping needs a Leadbench field and a CRM field.</source>
        <translation>Μια αντιστοίχιση πεδίων χρειάζεται ένα πεδίο Leadbench και ένα πεδίο CRM.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is mapped twice.</source>
        <translation>Το πεδίο «%1» αντιστοιχίζεται δύο φορές.</translation>
    </message>
    <message>
        <source>The CRM field &quot;%1&quot; is mapped twice.</source>
        <translation>Το πεδίο CRM «%1» αντιστοιχίζεται δύο φορές.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Επεξεργασία εργασίας</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Νέα εργασία</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Προθεσμία</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <source>At the due time</source>
        <translation>Κατά την προθεσμία</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 λεπτά πριν</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 ώρα πριν</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 ημέρα πριν</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Πωλητής</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Κανείς</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Τύπος:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Τίτ&amp;λος:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Προθεσμία:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Υπενθύμιση:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Για:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Σημειώσεις:</translation>
    </message>
    <message>
        <source>The task needs a title (what to do).</source>
        <translation>Η εργασία χρειάζεται τίτλο (τι πρέπει να γίνει).</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Μια εργασία χρειάζεται τίτλο.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Μια εργασία χρειάζεται προθεσμία.</translation>
    </message>
    <message>
        <source>Lead #%1 does not exist.</source>
        <translation>Το lead #%1 δεν υπάρχει.</translation>
    </message>
</context>
<context>
    <name>TaskType</name>
    <message>
        <source>Call</source>
        <translation>Κλήση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Συνάντηση</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Εκκρεμότητα</translation>
    </message>
</context>
<context>
    <name>Temperature</name>
    <message>
        <source>Hot</source>
        <translation>Θερμό</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Χλιαρό</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Ψυχρό</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation>Αυτόματος εντοπισμός</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian)</source>
        <translation>Unicode (UTF-16, little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Δυτικοευρωπαϊκά (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Δυτικοευρωπαϊκά (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Ελληνικά (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>TradeShow</name>
    <message>
        <source>The cost of an event cannot be negative.</source>
        <translation>Το κόστος μιας εκδήλωσης δεν μπορεί να είναι αρνητικό.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Η εκδήλωση τελειώνει πριν αρχίσει.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation>Υπάρχει ήδη καμπάνια με όνομα «%1».</translation>
    </message>
    <message>
        <source>Type at least a name, an e-mail address or a company.</source>
        <translation>Πληκτρολογήστε τουλάχιστον ένα όνομα, μια διεύθυνση email ή μια εταιρεία.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Consent needs the wording the person agreed to.</source>
        <translation>Η συναίνεση χρειάζεται τη διατύπωση που αποδέχτηκε το άτομο.</translation>
    </message>
    <message>
        <source>There is no event #%1.</source>
        <translation>Δεν υπάρχει εκδήλωση #%1.</translation>
    </message>
    <message>
        <source>Trade show: %1</source>
        <translation>Έκθεση: %1</translation>
    </message>
    <message>
        <source>Captured at %1</source>
        <translation>Καταγράφηκε στο %1</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Ενδιαφέρον: %1</translation>
    </message>
    <message>
        <source>product: %1</source>
        <translation>προϊόν: %1</translation>
    </message>
    <message>
        <source>Met at %1</source>
        <translation>Γνωριμία στο %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>ίδιο email</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ίδιο τηλέφωνο</translation>
    </message>
    <message>
        <source>same name and company</source>
        <translation>ίδιο όνομα και εταιρεία</translation>
    </message>
    <message>
        <source>similar name, same company</source>
        <translation>παρόμοιο όνομα, ίδια εταιρεία</translation>
    </message>
    <message>
        <source>Choose at least one rep.</source>
        <translation>Επιλέξτε τουλάχιστον έναν πωλητή.</translation>
    </message>
    <message>
        <source>I agree that my details are used to contact me about this event&apos;s products and offers. I can unsubscribe at any time.</source>
        <translation>Συμφωνώ να χρησιμοποιηθούν τα στοιχεία μου για να επικοινωνήσετε μαζί μου σχετικά με τα προϊόντα και τις προσφορές αυτής της εκδήλωσης. Μπορώ να απεγγραφώ ανά πάσα στιγμή.</translation>
    </message>
</context>
<context>
    <name>TradeShowPage</name>
    <message>
        <source>Event</source>
        <translation>Εκδήλωση</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Νέα εκδήλωση…</translation>
    </message>
    <message>
        <source>Start capture mode</source>
        <translation>Έναρξη λειτουργίας καταγραφής</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Εκδήλωση:</translation>
    </message>
    <message>
        <source>Consent wording shown at capture and stored with each lead</source>
        <translation>Διατύπωση συναίνεσης που εμφανίζεται κατά την καταγραφή και αποθηκεύεται με κάθε lead</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Διατύπωση συναίνεσης</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>Μετά την εκδήλωση</translation>
    </message>
    <message>
        <source>Leads captured at this event</source>
        <translation>Leads που καταγράφηκαν σε αυτή την εκδήλωση</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ενδιαφέρον</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Προϊόν</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Καταγραφή</translation>
    </message>
    <message>
        <source>Assign unowned leads to reps in turn…</source>
        <translation>Ανάθεση leads χωρίς υπεύθυνο σε πωλητές εκ περιτροπής…</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Έκθεση</translation>
    </message>
    <message>
        <source>No event yet: create one to start capturing leads.</source>
        <translation>Καμία εκδήλωση ακόμη: δημιουργήστε μία για να ξεκινήσετε την καταγραφή leads.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 έως %2</translation>
    </message>
    <message>
        <source>%1 · cost %2</source>
        <translation>%1 · κόστος %2</translation>
    </message>
    <message>
        <source>The consent wording cannot be empty: it is what people agree to.</source>
        <translation>Η διατύπωση συναίνεσης δεν μπορεί να είναι κενή: είναι αυτό που αποδέχονται τα άτομα.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Νέα εκδήλωση</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Όνομα εκδήλωσης</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>Stand, travel, staff, material: what the event costs in all</source>
        <translation>Περίπτερο, ταξίδια, προσωπικό, υλικό: το συνολικό κόστος της εκδήλωσης</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Όνομα:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Από:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Έως:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Κόστος:</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>Η εκδήλωση χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>Assign to reps</source>
        <translation>Ανάθεση σε πωλητές</translation>
    </message>
    <message>
        <source>The event&apos;s leads without an owner go to these reps in turn, hot leads first:</source>
        <translation>Τα leads της εκδήλωσης χωρίς υπεύθυνο πηγαίνουν σε αυτούς τους πωλητές εκ περιτροπής, πρώτα τα θερμά:</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) assigned.</source>
        <translation>
            <numerusform>Ανατέθηκε %n lead.</numerusform>
            <numerusform>Ανατέθηκαν %n leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrol the event&apos;s leads in a follow-up sequence…</source>
        <translation>Ένταξη των leads της εκδήλωσης σε ακολουθία παρακολούθησης…</translation>
    </message>
    <message>
        <source>Enrol in a follow-up sequence</source>
        <translation>Ένταξη σε ακολουθία παρακολούθησης</translation>
    </message>
    <message>
        <source>Nobody was captured at this event yet.</source>
        <translation>Κανείς δεν καταγράφηκε ακόμη σε αυτή την εκδήλωση.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) captured (%1 new, %2 already known) · hot %3, warm %4, cold %5 · %6 with consent · cost per lead %7 · %8 without an owner</source>
        <translation>
            <numerusform>%Ln lead καταγράφηκε (%1 νέα, %2 ήδη γνωστά) · θερμά %3, χλιαρά %4, ψυχρά %5 · %6 με συναίνεση · κόστος ανά lead %7 · %8 χωρίς υπεύθυνο</numerusform>
            <numerusform>%Ln leads καταγράφηκαν (%1 νέα, %2 ήδη γνωστά) · θερμά %3, χλιαρά %4, ψυχρά %5 · %6 με συναίνεση · κόστος ανά lead %7 · %8 χωρίς υπεύθυνο</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VCard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>the card has no END:VCARD before the next card</source>
        <translation>η κάρτα δεν έχει END:VCARD πριν από την επόμενη κάρτα</translation>
    </message>
    <message>
        <source>the card has no END:VCARD (the file ends inside it)</source>
        <translation>η κάρτα δεν έχει END:VCARD (το αρχείο τελειώνει μέσα της)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>it looks like a JPEG image</source>
        <translation>μοιάζει με εικόνα JPEG</translation>
    </message>
    <message>
        <source>it looks like a PNG image</source>
        <translation>μοιάζει με εικόνα PNG</translation>
    </message>
    <message>
        <source>it looks like a PDF document</source>
        <translation>μοιάζει με έγγραφο PDF</translation>
    </message>
    <message>
        <source>it looks like a ZIP archive or an office document</source>
        <translation>μοιάζει με αρχείο ZIP ή έγγραφο γραφείου</translation>
    </message>
    <message>
        <source>it looks like a GIF image</source>
        <translation>μοιάζει με εικόνα GIF</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>μοιάζει με αρχείο κειμένου</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>δεν είναι βάση δεδομένων SQLite</translation>
    </message>
    <message>
        <source>%1 has changes in its journal (%1-wal) that cannot be read because the folder is read-only. Open it where the folder is writable.</source>
        <translation>Το %1 έχει αλλαγές στο ημερολόγιό του (%1-wal) που δεν μπορούν να διαβαστούν επειδή ο φάκελος είναι μόνο για ανάγνωση. Ανοίξτε το εκεί όπου ο φάκελος είναι εγγράψιμος.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). The file was not changed; restore it from a backup.</source>
        <translation>Το %1 είναι κατεστραμμένο και δεν μπορεί να διαβαστεί (%2). Το αρχείο δεν άλλαξε· επαναφέρετέ το από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>Το %1 είναι φάκελος, όχι αρχείο χώρου εργασίας.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Δεν είναι δυνατή η ανάγνωση του %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace: %2. The file was not changed.</source>
        <translation>Το %1 δεν είναι χώρος εργασίας Leadbench: %2. Το αρχείο δεν άλλαξε.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Leadbench workspace. The file was not changed.</source>
        <translation>Το %1 είναι βάση δεδομένων SQLite άλλης εφαρμογής, όχι χώρος εργασίας Leadbench. Το αρχείο δεν άλλαξε.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leadbench (workspace format %2; this version reads formats up to %3). Update Leadbench to open it. The file was not changed.</source>
        <translation>Το %1 αποθηκεύτηκε από νεότερη έκδοση του Leadbench (μορφή χώρου εργασίας %2· αυτή η έκδοση διαβάζει μορφές έως %3). Ενημερώστε το Leadbench για να το ανοίξετε. Το αρχείο δεν άλλαξε.</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed; restore it from a backup.</source>
        <translation>Το %1 είναι κατεστραμμένο: ο έλεγχος ακεραιότητας βρήκε %2. Το αρχείο δεν άλλαξε· επαναφέρετέ το από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Το %1 δεν υπάρχει.</translation>
    </message>
    <message>
        <source>%1 is in an older format and must be upgraded, which read-only access does not allow.</source>
        <translation>Το %1 είναι σε παλαιότερη μορφή και πρέπει να αναβαθμιστεί, κάτι που δεν επιτρέπει η πρόσβαση μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>%1 is not a workspace yet and cannot be created read-only.</source>
        <translation>Το %1 δεν είναι ακόμη χώρος εργασίας και δεν μπορεί να δημιουργηθεί μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ανοίχτηκε μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Το αρχείο είναι μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>το αρχείο ή ο φάκελός του είναι μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2. The file was not changed.</source>
        <translation>Το %1 είναι κατεστραμμένο: ο έλεγχος ακεραιότητας βρήκε %2. Το αρχείο δεν άλλαξε.</translation>
    </message>
    <message>
        <source>A workspace cannot be restored from itself.</source>
        <translation>Ένας χώρος εργασίας δεν μπορεί να επαναφερθεί από τον εαυτό του.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a backup.</source>
        <translation>Το %1 είναι κενό αρχείο, όχι αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>Δεν είναι δυνατή η διατήρηση αντιγράφου του %1 πριν από την επαναφορά· δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Cannot replace %1; the restored copy is at %2.</source>
        <translation>Δεν είναι δυνατή η αντικατάσταση του %1· το αντίγραφο που επαναφέρθηκε βρίσκεται στο %2.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Χώροι εργασίας Leadbench (*.leadbench);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Χώροι εργασίας</translation>
    </message>
    <message>
        <source>Recent workspaces:</source>
        <translation>Πρόσφατοι χώροι εργασίας:</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Πρόσφατοι χώροι εργασίας</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>λείπει</translation>
    </message>
    <message>
        <source>%1 MB, changed %2</source>
        <translation>%1 MB, τροποποίηση %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Άνοι&amp;γμα</translation>
    </message>
    <message>
        <source>Open &amp;file…</source>
        <translation>Άνοιγμα &amp;αρχείου…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Νέος…</translation>
    </message>
    <message>
        <source>&amp;Default workspace</source>
        <translation>&amp;Προεπιλεγμένος χώρος εργασίας</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Α&amp;φαίρεση από τη λίστα</translation>
    </message>
    <message>
        <source>Removes the entry from this list; the file stays where it is.</source>
        <translation>Αφαιρεί την καταχώριση από αυτή τη λίστα· το αρχείο παραμένει εκεί που είναι.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Άνοιγμα χώρου εργασίας</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Νέος χώρος εργασίας</translation>
    </message>
    <message>
        <source>/leads.leadbench</source>
        <translation>/leads.leadbench</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadbench: an offline-first sales and marketing workbench.</source>
        <translation>Leadbench: ένας πάγκος εργασίας για πωλήσεις και μάρκετινγκ που λειτουργεί πρώτα εκτός σύνδεσης.</translation>
    </message>
    <message>
        <source>Open the workspace at PATH (created if missing) instead of the last one used.</source>
        <translation>Άνοιγμα του χώρου εργασίας στο PATH (δημιουργείται αν λείπει) αντί για τον τελευταίο που χρησιμοποιήθηκε.</translation>
    </message>
    <message>
        <source>Read and write settings in FILE.</source>
        <translation>Ανάγνωση και εγγραφή ρυθμίσεων στο FILE.</translation>
    </message>
</context>
</TS>
