<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <source>Prepares and tracks the registration, verification and ICP filing of a WeChat mini program. It never connects to the network: your data stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP Reg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by {organization}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MP Reg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines need attention:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantView</name>
    <message>
        <source>Official form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, phone and account numbers are masked on screen; copying copies them whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate window, always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter: copy this value and go to the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (submitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters ({low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: nothing to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a value with an error?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} has a problem the form may reject:
{errors}

Copy it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} copied; the clipboard is cleared in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark form as submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form} recorded as submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Scans and photos ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other material of this case has a file this one does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file of another material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy beside the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the files are outside the case&apos;s folder. Copy them into the folder “{folder}” beside the case? Then the case and its scans can be moved or sent together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder; attach the files in it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an ordinary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is far too large for a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is already attached to this material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name or folder cannot be kept in a case file (not valid Unicode, or too long)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not there:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to show this file was found:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is {file}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Preview of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}
Attached {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {name} as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed after it was attached: check it again as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point to where the file is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the fields on this scan on this computer (nothing is uploaded), fill the empty ones and compare the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attachment from this case; the file itself is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same file as when attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed since it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File too large to check (over 200 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}×{height} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>black-and-white or greyscale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The file could not be written or read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a case bundle, or it is damaged (incomplete download?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of MP Reg Desktop. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a file with an unsafe name ({detail}): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the same file name twice ({detail}): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is larger than a case can be ({detail}): refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s list of files does not match its contents ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file in the bundle is damaged or was altered: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case in the bundle cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached file is missing: {path}
Re-attach it, or leave it out of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached file changed since it was attached: {path}
Re-attach it, or leave it out of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot replace the case file itself. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds the case with every ID, phone and bank number in full, and the attached scans. Send it only to people who may see them. Untick scans that should stay with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no attachments: only the case is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundles (*.mpregz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written with {n} files: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library already has this case: “{name}”
{path}

Open the one in the library, or import the bundle as a copy with a new id?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>Rules edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most urgent deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors}, {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked with the rules of {checked}; the rules of {in_use} now apply — review the problems and the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked with newer rules ({checked}) than this app uses ({in_use}): import that rules pack to see the same checks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSafety</name>
    <message>
        <source>⚠ Autosave is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed by another program or computer since you opened it.

Reload it (your unsaved changes in this window are dropped), keep your version (saved as a copy next to it), or compare the two first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>1 error in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} errors in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareJob</name>
    <message>
        <source>on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions differ in too many lines to list them ({theirs} on disk, {mine} in this window, from line {line} on). Reload, or keep yours as a copy and compare the two files with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CropCanvas</name>
    <message>
        <source>Picture and crop rectangle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare with the file on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingExisting</name>
    <message>
        <source>Earlier filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject already has an ICP filing (a website, an app or a mini program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter that filing&apos;s number under 主体备案号 below: it names the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse the subject&apos;s filed details (复用主体资料)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse SMS received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject principal confirms it; the timeline shows both deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingFields</name>
    <message>
        <source>Go to materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the material for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded from the materials step: {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for this case as it stands ({condition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare it in the materials step: {material}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not on the official list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded under the filing progress above. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID is valid long-term (长期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when: {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} characters ({min}–{max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of at most {max} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingPage</name>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned filing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields as the filing system asks for them. * required; (*) required under the condition given below the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject information (主体信息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject principal (主体负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject principal is the legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program information (小程序信息)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject principal&apos;s details are used; untick to enter another person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face check tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the above (以上都不涉及)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program principal (小程序负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the subject principal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingProgress</name>
    <message>
        <source>Start a filing stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a filing stage as passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a filing rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the verification SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a resent SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingStageFields</name>
    <message>
        <source>Record the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the verification SMS arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a new SMS was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent {used} of {allowed} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify within {span} of receiving the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {span} ended at {time}: the filing will be rejected automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify before {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the filing number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingStagesWidget</name>
    <message>
        <source>Filing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record with the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened; leave at Now to use the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 粤ICP备2026041617号-1X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is before this stage started ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} rejected: the reason given (the filing goes back to {fill})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: rejected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {stage} rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections so far:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstSave</name>
    <message>
        <source>Copy the scans beside the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} attached files are outside the case&apos;s folder, so moving or sending the case would lose them. Copy them into “{folder}” beside the case? The originals stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the scans beside the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Type to filter the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideSection</name>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a business licence (营业执照)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already has a certified Official Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each save the previous file is kept (the last 10). Restoring one replaces what this window shows; you can undo it, and nothing is written until you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved over at {when} ({size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet: they appear after saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import rules pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rules pack is valid. These are its changes from the pack in use; after the import every case is checked with it. You can go back to the built-in pack later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to “{file}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (the case file is renamed to match):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “{file}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{case}” is back in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{case}” was moved to the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{case}” is open in a window. Close it first, then rename or archive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be read, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name cannot be used for a case file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is already in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was saved as its new file, but the old file could not be removed ({detail}): both are in the library now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case could not be summarised ({detail}). Open it to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search: case, subject, code, phone, mini program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library… {count} cases so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet: cases saved in the library folder appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No font for Chinese was found: Chinese text would show as boxes. On Debian/Ubuntu install fonts-noto-cjk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holiday override file was ignored because it is not valid; working days follow the built-in calendar. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export case &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pa&amp;yment request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export payment request as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules edition and &amp;sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: the value does not fit this field (too long, or not allowed here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: this case was saved by a newer version of MP Reg Desktop. Update the app to edit it; it is never saved back in an older format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: someone else has this case open. Use “Save as” to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP Reg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is no longer there:
{path}

It is removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service content types were changed to the official list (see the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is a copy of “{other}” (same case id); the two are kept apart: each file has its own unsaved-changes recovery and earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is open in MP Reg Desktop by {user} on {host} (since {time}).

Open it read-only, or take it over if that copy of the app is no longer running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases (*.mpreg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be saved to
{path}

{reason}

Your changes are still here; try another folder with “Save as”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is marked read-only (perhaps on purpose, by you or a colleague).

Save over it anyway? It stays read-only. Or choose No and use “Save as”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written to
{path}

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases and case bundles (*.mpreg *.mpregz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialDetail</name>
    <message>
        <source>Validity of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term (长期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose scans or photos to attach to this material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again whether the attached files are still there and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file of another material…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scan can serve several materials (the ID card, say): no second upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a material to see why it is needed and attach files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop scans or photos here. Each is checked as the platform would: colour, readable size, format and file size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to keep them with the case. Files of this material are not checked as scans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be valid for more than {months} month(s) after the filing date. No filing date is planned yet (step 4), so today is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be valid for more than {months} month(s) after the planned filing date {planned}: at least until {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to prepare for this case, derived from the subject type, route, verification method, filing and service categories. Select a row to see why it is needed; drop scans on a row to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodAdvicePanel</name>
    <message>
        <source>Recommended method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the recommended method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the recommended method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subject type first (step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {type} can only be verified this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this subject type requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICP filing (备案) requires it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat Pay requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat certification is needed anyway ({because}); verifying by it does both in one step. Fee {fee} yuan a year, not refunded; review usually {typical}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bank} or {face} would verify the subject for free, but the certification would still have to be applied for and paid afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{face} is free and quick: the legal representative confirms with their own real-name WeChat; no public account is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bank} needs the subject&apos;s own public bank account able to make transfers; pay the amount shown within {deadline}; it is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiChoiceBinding</name>
    <message>
        <source>{id} — no longer in the rules pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from an earlier rules pack, which the pack in use does not know. Choose what replaces it, then untick it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialSite</name>
    <message>
        <source>No browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be opened: no web browser answered on this computer. Copy its address and open it in a browser yourself:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {host} in the browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: rejected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the platform approved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a rejection and its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that it was submitted again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: the reason the platform gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputError</name>
    <message>
        <source>It could not be written ({reason}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the case file itself; exporting would replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreApprovals</name>
    <message>
        <source>Add a pre-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a pre-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval number, e.g. 粤-12345号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-approval {n}: type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-approval {n}: approval number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pre-approval {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time the app starts. Save your work, close every window and start the app again to use it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font for Chinese is installed, so the sheet would show boxes.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request is for verification by bank transfer (对公打款); choose that method on the Verification page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee, bank, account or amount shown by the platform has not been entered on the Verification page. Make the request with blanks to fill in by hand?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <source>Checklist (清单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handover sheet (材料交接单)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ID, phone and account numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default only the first and last 4 characters are printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationView</name>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen type and recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare subject types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested route: {route}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a business licence (营业执照)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation yet. Still to answer: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose among: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject type has everything that is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen type matches the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose {chosen}; the recommendation is {recommended}. Your choice stands; the problems list shows what it cannot do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose {chosen}, one of the candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose {chosen}, which is not among the candidates ({types}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested route is {route}; the chosen one is {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Unsaved changes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP Reg Desktop was closed before these changes were saved:

{name}
{where}
last edited {when}

Recover them, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Choose the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a district by name or code, e.g. 南山 or 440305</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReuseOffers</name>
    <message>
        <source>{name} · {numbers} (from {cases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse from another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number administers {count} other cases (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number administers {count} other cases (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDetails</name>
    <message>
        <source>Conditions of the registration route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration itself happens on the official site: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} mini programs a month this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules edition and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details for maintainers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPackActions</name>
    <message>
        <source>Import rules pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the imported rules pack, edition {edition}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use for this run: the rules pack given with --rules, edition {edition}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the built-in rules pack, edition {edition}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported pack is kept but not used: it is not newer than the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An imported pack is kept but not used: this version of the app cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rules pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rules pack is edition {edition}, not newer than the pack in use (edition {in_use}). Only a newer pack can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a rules pack this app can use. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules pack could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the imported rules pack and check every case with the built-in pack again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes are not being kept for recovery: the app&apos;s state folder cannot be written ({reason}).
{folder}
Save the case with Ctrl+S (that still works), and free space or fix the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was saved, but its previous version could not be kept as a backup ({reason}): the app&apos;s state folder is full or read-only. Free space or fix its permissions to keep earlier versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReader</name>
    <message>
        <source>Reading scans needs the OCR component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scans on this computer needs the optional OCR component, which is not installed. Install it with:

pip install &quot;mpreg-desktop[ocr]&quot;

Nothing is sent anywhere: the scans are read offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of MP Reg Desktop does not include the OCR component, so it cannot read scans. Fill the fields from the document by hand; the checks work the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the OCR models (first use)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents are not a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text recognition stopped with an error ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields of a licence or an ID card were found on this scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty fields the scan can fill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from the scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filled fields agree with the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill {count} fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Export the library as a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 1 case shown (search and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} cases shown (search and filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise only the first and last 4 digits are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel sheets (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be written:
{path}

{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet written (cases: {n}, deadlines: {d})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} empty rows are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some formulas have no value ({cells}): open and save the sheet in Excel or WPS first, or they import as empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Which column fills which field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The cases to create (checked as the app checks them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported: invalid {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create {n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ready} of {total} rows can be imported; {errors} have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every case could be created:
{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cases created from the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageCard</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>MP Reg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and track the registration, verification and ICP filing of a WeChat mini program. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectCompareDialog</name>
    <message>
        <source>Compare subject types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject types compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification at registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification fee (yuan a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini programs per subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-kinds: {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required before the filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fee} (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {count} certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference gives no limit for this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference says nothing about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With conditions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. client and project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of subject code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly as on the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account and administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used on the WeChat platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini program name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subject type first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — licensed industry: {industry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — needs a licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not for personal subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as a unified social credit code (18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as a business registration number (15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as an organisation code (9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it starts with {prefix}: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length {units} of {min}–{max} (a Chinese character counts {cjk})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectReasons</name>
    <message>
        <source>(not officially confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} subjects cannot use {needs}: register as {instead} or {alternative}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} subjects cannot use {needs}: get a licence as {instead} first, or register as {alternative}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} subjects cannot use {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: WeChat certification is required and free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: WeChat certification is required, {fee} yuan a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: WeChat certification is optional and free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: WeChat certification is optional, {fee} yuan a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certified Official Account is at hand: {route} can be used (at most {limit} mini programs a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certified Official Account is at hand: {route} can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also possible: {type}, but it cannot use {cannot}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also possible: {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} can use {need}, with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: at most {count} certified mini programs per subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}: at most {count} mini programs per subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with a business licence usually registers as {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation with a business licence registers as {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business licence, and nothing an individual cannot have: register as {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation without a business licence is one of {types}; these questions cannot tell which: choose the subject type yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the organisation is one of {types}, these questions cannot tell: choose that type yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{route} is only for {allowed}, not for {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} earlier entries not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayReminders</name>
    <message>
        <source>Deadlines need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP Reg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnAndCropDialog</name>
    <message>
        <source>Rotate and crop: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture, not turned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the picture to choose what the copy keeps; drag the handles to adjust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy: {width} × {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too small for the upload box: {reason}. Choose a larger part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadsView</name>
    <message>
        <source>Upload boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make upload-ready copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate and crop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn or cut the selected scan by hand; the original file is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads (drag a copy into the browser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot}: no file attached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot}: {file} cannot be used: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot}: {copy} ({size:.1f} MB), ready to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slot}: {file}, no upload-ready copy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} (rotated or cropped by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} pixels is below the {minimum} the form requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a black-and-white scan; the form wants a colour scan of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a picture (the file&apos;s content is in no picture format)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a picture the form accepts ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too detailed to fit {limit} even at the smallest allowed size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload-ready copies are kept beside the case file: save the case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some copies were not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files could not be read or written:
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments folder is made with the first upload-ready copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rotate or crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be turned or cropped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate and crop {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationOutcome</name>
    <message>
        <source>Record the verification result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Verification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public account transfer (对公打款)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s public account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must equal the subject name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by the platform after the subject information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee (as shown by the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to pay (as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly as shown, to the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark / purpose (as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the platform asks the transfer to carry one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration on the official site (官网注册)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the registration by {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email activated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the email by {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat certification (微信认证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative&apos;s face check (法人扫脸)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative&apos;s WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face check done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by {date} ({span} after submitting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect the refund within {span} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until {until}; annual review from {opens} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by {payment}; not refunded if the review fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by {payment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted {used} of {allowed} times allowed after a rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not officially confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: within {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: within {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee for this subject type: {fee} yuan per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for this subject type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: usually {typical}, at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for {validity}; annual review in the last {window}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
