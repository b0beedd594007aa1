-- Demo knowledge base for the local stack: published IT help articles, so self-service search and
-- suggestions have something to find. NOT in the default Flyway locations; the launcher adds
-- db/demo. The search-quality test and the benchmark load the same file.
create or replace function kb_demo_article(p_n integer, p_category text, p_tags text[], p_audience text,
                                           p_title text, p_body text) returns void
    language plpgsql as
$$
declare
    v_id    uuid := ('00000000-0000-4000-a000-' || lpad(p_n::text, 12, '0'))::uuid;
    v_plain text := regexp_replace(regexp_replace(p_body, '\[([^]]*)\]\([^)]*\)', '\1', 'g'),
                                   '[#*_`<>|~]+', ' ', 'g');
begin
    if exists (select 1 from kb_article where id = v_id) then
        return;
    end if;
    insert into kb_article (id, status, latest_version, published_version, views, created_by, created_at, updated_at)
    values (v_id, 'published', 1, 1, 0, 'demo', now(), now());
    insert into kb_article_version (id, article_id, version, title, body, category, tags, audience, language,
                                    status, author, created_at, submitted_at, published_at, published_by)
    values (gen_random_uuid(), v_id, 1, p_title, p_body, p_category, p_tags, p_audience, 'en',
            'published', 'demo', now(), now(), now(), 'demo');
    insert into kb_search_doc (article_id, version, title, body, category, tags_text, audience, language, published_at)
    values (v_id, 1, p_title, v_plain, p_category, array_to_string(p_tags, ' '), p_audience, 'en', now());
    insert into kb_search_language (language) values ('en') on conflict do nothing;
    insert into kb_word (word, ndoc)
    select lexeme, 1
    from unnest(to_tsvector('kb_simple', p_title || ' ' || array_to_string(p_tags, ' ') || ' ' || v_plain))
    where lexeme ~ '^[[:alpha:]]{3,40}$'
    on conflict (word) do update set ndoc = kb_word.ndoc + 1;
end
$$;

select kb_demo_article(1, 'account', '{password,login,self-service}', 'public',
'Reset your password', $md$
Forgot your password or it no longer works? You can reset it yourself in two minutes.

1. Go to the self-service portal at https://password.example.org from any browser, also from your phone.
2. Enter your work email address and choose **Reset password**.
3. Confirm with your multi-factor authentication (MFA) code or the text message we send.
4. Choose a new password: at least 14 characters, not one of your last 10 passwords.
5. Sign out and back in on every device (laptop, phone, Outlook) so they pick up the new password.

If the portal says your account is locked, see *Unlock a locked account*.
$md$);

select kb_demo_article(2, 'account', '{locked,login,sign-in}', 'public',
'Unlock a locked account', $md$
After 5 failed sign-in attempts your account is locked for 15 minutes to protect it.

- Wait 15 minutes and try again, typing the password carefully (check Caps Lock and keyboard layout).
- Or unlock it now in the self-service portal: **Unlock account**, then confirm with your MFA code.
- An old password saved on your phone or in a mapped drive often keeps locking the account: update it there.

Still locked out? Call the service desk; we verify your identity before unlocking.
$md$);

select kb_demo_article(3, 'account', '{mfa,2fa,authenticator,security}', 'public',
'Set up multi-factor authentication (MFA)', $md$
Multi-factor authentication (two-factor, 2FA) protects your account even if your password leaks.

1. Install the **Microsoft Authenticator** app on your smartphone.
2. On your computer open https://aka.ms/mfasetup and sign in.
3. Choose *Add sign-in method* → *Authenticator app* and scan the QR code with the app.
4. Approve the test notification.

Add a phone number as a backup method. Never approve a sign-in request you did not start.
$md$);

select kb_demo_article(4, 'account', '{mfa,authenticator,new-phone}', 'public',
'Move MFA to a new phone', $md$
Got a new phone, or lost the old one? Move your authenticator before you wipe the old device.

- **Old phone still works**: open https://aka.ms/mfasetup, add the Authenticator on the new phone, then delete the old device.
- **Old phone lost or broken**: sign in with your backup phone number (text message code) and register the new phone.
- No backup method? Call the service desk: after identity verification an agent resets your MFA registration.
$md$);

select kb_demo_article(5, 'account', '{password,expiry}', 'public',
'Change your password before it expires', $md$
Passwords expire every 180 days; you get reminder emails 14 days before.

On a Windows laptop press **Ctrl+Alt+Del** and choose *Change a password*, while connected to the office network or VPN.
On a Mac or from home use the self-service portal. Afterwards, update the password on your phone mail app and Wi-Fi.
$md$);

select kb_demo_article(6, 'network', '{vpn,remote,home,globalprotect}', 'public',
'Connect to the VPN from home', $md$
The VPN (GlobalProtect) gives you access to internal sites and file shares when working remotely.

1. Click the GlobalProtect globe icon in the system tray (Windows) or menu bar (Mac).
2. Portal address: **vpn.example.org**. Click *Connect*.
3. Sign in with your work account and approve the MFA prompt.

The icon shows a shield when connected. Disconnect when you do not need internal resources, video calls work better without it.
$md$);

select kb_demo_article(7, 'network', '{vpn,error,timeout}', 'public',
'VPN does not connect or times out', $md$
If the VPN keeps saying *Connecting…*, fails with a gateway error or times out:

1. Check that normal internet works (open any public website).
2. Hotel and guest networks often block VPN: open their login page first, or use your phone hotspot.
3. Quit GlobalProtect completely and start it again; restart the laptop if that does not help.
4. Make sure the date and time of the laptop are correct, certificate checks fail otherwise.

Still failing? Send us a screenshot of the error message and the time it happened.
$md$);

select kb_demo_article(8, 'network', '{vpn,dns,intranet}', 'public',
'VPN connected but internal sites do not load', $md$
The VPN is connected but the intranet, Jira or file shares do not open?

- This is usually name resolution (DNS). Disconnect and reconnect the VPN.
- On Windows run `ipconfig /flushdns` in a command prompt.
- Turn off other VPN or proxy software (private VPN apps, ad blockers with a proxy).
- Try the address with the full name, e.g. intranet.corp.example.org.
$md$);

select kb_demo_article(9, 'network', '{wifi,wireless,office}', 'public',
'Connect to the office Wi-Fi', $md$
Staff laptops connect automatically to the wireless network **CORP-WIFI** with your device certificate.

Phones and tablets: choose CORP-WIFI, sign in with your work email and password, and accept the certificate *radius.example.org*.
If the laptop does not connect, forget the network, restart, and move closer to an access point. Do not use the guest network for work.
$md$);

select kb_demo_article(10, 'network', '{wifi,guest,visitor}', 'public',
'Guest Wi-Fi for visitors', $md$
Visitors use the **GUEST** wireless network. The host requests a voucher at reception or in the portal under *Guest Wi-Fi voucher*.
A voucher works for one day and up to three devices. The guest network reaches the internet only, never internal systems.
$md$);

select kb_demo_article(11, 'network', '{wifi,slow,internet,dropping}', 'public',
'Slow internet or Wi-Fi keeps dropping', $md$
If the connection is slow or keeps disconnecting:

1. Run a speed test and note the result.
2. Move closer to the access point or plug in a network cable at your desk.
3. Turn Wi-Fi off and on, or restart the laptop.
4. At home, restart your router and check whether other devices are slow too.

If it affects many colleagues in one area, tell us the floor and room: it may be a faulty access point.
$md$);

select kb_demo_article(12, 'email', '{outlook,setup,email}', 'public',
'Set up Outlook on a new computer', $md$
1. Open **Outlook** and enter your work email address.
2. Sign in with your password and approve the MFA prompt.
3. Wait until the first synchronisation finishes; large mailboxes take up to an hour.

Your signature is not copied automatically: set it again under *File → Options → Mail → Signatures*.
$md$);

select kb_demo_article(13, 'email', '{outlook,password,prompt}', 'public',
'Outlook keeps asking for my password', $md$
Outlook shows the credentials prompt again and again, usually after a password change.

1. Close Outlook.
2. Open *Credential Manager* in Windows and remove the entries starting with *MicrosoftOffice*.
3. Start Outlook and sign in once with your new password.

On a Mac remove the Exchange items from *Keychain Access*. If it continues, create a new Outlook profile.
$md$);

select kb_demo_article(14, 'email', '{mailbox,quota,archive,storage}', 'public',
'Mailbox full: archive and clean up', $md$
When your mailbox is full you can no longer send email. Free space:

- Empty *Deleted Items* and *Junk*.
- Sort by size and delete large attachments you do not need, or save them to OneDrive.
- Turn on the **online archive**: right-click a folder → *Archive* moves mail older than two years.

Mailboxes are 50 GB; a bigger quota needs approval from your manager.
$md$);

select kb_demo_article(15, 'email', '{out-of-office,auto-reply,vacation}', 'public',
'Set up an out-of-office reply', $md$
Going on holiday? In Outlook choose *File → Automatic Replies*, select **Send automatic replies**, set the start and end time and write a message for people inside and outside the company.
In Outlook on the web: *Settings → Mail → Automatic replies*. Mention a colleague who covers for you.
$md$);

select kb_demo_article(16, 'email', '{shared-mailbox,team-mailbox}', 'public',
'Access a shared mailbox', $md$
Shared (team) mailboxes such as info@ or hr@ appear in Outlook automatically once you have been granted access, after up to one hour and an Outlook restart.
To request access, ask the mailbox owner to approve a request in the portal: *Request → Email → Shared mailbox access*.
To send as the shared mailbox, choose it in the *From* field.
$md$);

select kb_demo_article(17, 'security', '{phishing,spam,suspicious-email}', 'public',
'Report a phishing email', $md$
A suspicious message asks you to click a link, open an attachment, pay an invoice or enter your password?

- Do **not** click links or open attachments.
- Use the **Report phishing** button in Outlook; it sends the message to the security team and deletes it.
- If you already clicked or typed your password: reset your password immediately and call the service desk.
$md$);

select kb_demo_article(18, 'email', '{deleted,recover,restore}', 'public',
'Recover a deleted email', $md$
Deleted a message by mistake? Look in *Deleted Items* first.
Emptied that folder too? Right-click *Deleted Items* and choose **Recover deleted items**: messages can be restored for 30 days after deletion.
Older messages can only be restored from backup by the service desk.
$md$);

select kb_demo_article(19, 'mobile', '{email,phone,iphone,android,outlook}', 'public',
'Get work email on your phone', $md$
Install the **Outlook** app from the App Store or Google Play, add your work account and approve the MFA prompt.
You will be asked to install the Company Portal to protect company data; accept it. The built-in mail app on iPhone and Android is not supported.
$md$);

select kb_demo_article(20, 'collaboration', '{teams,microphone,camera,audio}', 'public',
'Microphone or camera not working in Teams', $md$
Others cannot hear or see you in a Teams meeting?

1. In the meeting click *More → Settings → Device settings* and choose the right microphone, speaker and camera.
2. Check the mute switch on your headset and the camera privacy shutter.
3. Windows: *Settings → Privacy → Microphone/Camera* must allow desktop apps.
4. Close other apps that use the camera (Zoom, browser tabs) and restart Teams.
$md$);

select kb_demo_article(21, 'collaboration', '{teams,team,channel,request}', 'public',
'Request a new team in Microsoft Teams', $md$
New teams are created on request so that every team has an owner and a retention policy.
Order it in the portal: *Request → Collaboration → New team*, with the name, two owners and whether guests from outside the company may join. Channels inside an existing team can be added by its owners themselves.
$md$);

select kb_demo_article(22, 'collaboration', '{teams,screen-share,presentation}', 'public',
'Share your screen in a Teams meeting', $md$
Click **Share** (the arrow icon) in the meeting controls and pick a window or the whole screen. Choose *Include computer sound* to play a video.
On a Mac, allow Teams under *System Settings → Privacy & Security → Screen Recording* and restart Teams, otherwise others see a black screen.
$md$);

select kb_demo_article(23, 'collaboration', '{meeting-room,booking,calendar}', 'public',
'Book a meeting room', $md$
In Outlook create a meeting and click *Room Finder* (or *Add room*) to see free rooms by building and floor. The room accepts automatically if it is free.
Rooms with video conferencing carry *VC* in their name. Cancel bookings you no longer need.
$md$);

select kb_demo_article(24, 'hardware', '{laptop,power,battery,boot}', 'public',
'Laptop does not turn on', $md$
1. Connect the original charger and check the charging light.
2. Hold the power button for 15 seconds, release, then press it once.
3. Disconnect the docking station, USB devices and external monitors and try again.
4. If the screen stays black but the lights are on, connect an external monitor.

Still dead? Bring it to the IT walk-in desk; we lend you a replacement laptop.
$md$);

select kb_demo_article(25, 'hardware', '{laptop,slow,performance}', 'public',
'Laptop is slow', $md$
A slow computer usually needs a restart: laptops that sleep for weeks never finish updates.

- Restart at least once a week.
- Close browser tabs and apps you do not use; check *Task Manager* for programs using lots of CPU or memory.
- Make sure at least 10 GB of disk space is free.
- Laptops older than four years can be replaced: see *Request new hardware*.
$md$);

select kb_demo_article(26, 'hardware', '{battery,laptop,power}', 'public',
'Laptop battery drains quickly', $md$
Lower screen brightness, close apps that keep running and use the *Battery saver* mode.
In *Settings → Battery* see which app uses the most energy. A battery that lasts less than two hours when new-ish, or that swells, must be replaced: open a hardware ticket.
$md$);

select kb_demo_article(27, 'hardware', '{monitor,docking-station,display,screen}', 'public',
'Connect an external monitor or docking station', $md$
1. Connect the docking station with the USB-C cable to the laptop (the port with the lightning or display symbol).
2. Press **Windows+P** and choose *Extend*.
3. Under *Settings → Display* arrange the screens and set the main display.

No picture? Unplug the dock power for 10 seconds, check the monitor input source, and update the dock firmware from Company Portal.
$md$);

select kb_demo_article(28, 'hardware', '{keyboard,mouse,bluetooth,wireless}', 'public',
'Keyboard or mouse not working', $md$
- Replace or recharge the batteries.
- For a USB receiver, plug it into another port, directly on the laptop rather than in the dock.
- For Bluetooth devices remove the device under *Settings → Bluetooth* and pair it again.

Broken devices are replaced at the walk-in desk, no ticket needed.
$md$);

select kb_demo_article(29, 'hardware', '{request,laptop,hardware,replacement}', 'public',
'Request new hardware or a replacement laptop', $md$
Order hardware in the portal: *Request → Hardware*. Standard items (headset, mouse, keyboard, monitor, docking station) need no approval.
A new or replacement laptop needs your manager's approval and is delivered within 5 working days, set up with your apps. Bring the old laptop back to IT; never throw it away.
$md$);

select kb_demo_article(30, 'printing', '{printer,add-printer,follow-me}', 'public',
'Add a printer', $md$
All office printers use **Follow-Me printing**: you print to one queue and collect the print at any printer with your badge.

1. Open *Settings → Printers & scanners → Add a printer*.
2. Choose **FollowMe-Print** (on a Mac: add *followme.print.example.org*).
3. Print, then hold your badge against the reader of any printer and release the job.
$md$);

select kb_demo_article(31, 'printing', '{printer,paper-jam,tray}', 'public',
'Clear a printer paper jam', $md$
The printer display shows where the paper is stuck. Open the indicated door or tray, pull the paper out slowly in the direction of the paper path, and close everything firmly.
Never use tools. If the jam message stays, switch the printer off and on. Report repeated jams with the printer name on its sticker.
$md$);

select kb_demo_article(32, 'printing', '{printer,queue,print-job,stuck}', 'public',
'Print job stuck in the queue', $md$
Nothing comes out of the printer?

1. Check that you released the job with your badge (Follow-Me printing).
2. Open *Settings → Printers* → FollowMe-Print → *Open queue* and cancel stuck jobs.
3. Restart the laptop; the print spooler restarts with it.
4. Print again. Large PDFs may take a minute to arrive.
$md$);

select kb_demo_article(33, 'printing', '{scanner,scan,multifunction}', 'public',
'Scan a document to email', $md$
At any multifunction printer log in with your badge, choose **Scan to Me**, put the pages in the feeder face up and press Start.
The PDF arrives in your mailbox within a minute. For double-sided pages choose *2-sided*. Scanning to a folder is not available.
$md$);

select kb_demo_article(34, 'software', '{install,software,request,license}', 'public',
'Request software installation', $md$
Need a program that is not in Company Portal? Request it in the portal: *Request → Software*, with the product name, version and business reason.
Free software is checked by security and installed within 3 working days. Licensed software also needs your manager's approval and budget. You cannot install software yourself because you have no admin rights.
$md$);

select kb_demo_article(35, 'software', '{company-portal,install,apps}', 'public',
'Install approved apps from Company Portal', $md$
Approved applications install without admin rights from **Company Portal** (Windows: *Software Center* on older laptops).

1. Open Company Portal from the Start menu.
2. Search for the app (Zoom, Notepad++, 7-Zip, Visual Studio Code, …).
3. Click *Install*. Installation runs in the background.
$md$);

select kb_demo_article(36, 'software', '{office,activation,license,unlicensed}', 'public',
'Office says unlicensed product or asks to activate', $md$
Word or Excel shows *Unlicensed product* or *Activation required*:

1. Open any Office app, click your name in the top right and sign out.
2. Close all Office apps, start Word and sign in with your work account.
3. If it persists, restart the laptop while on the office network or VPN.

You need an Office licence assigned; new starters get it on day one.
$md$);

select kb_demo_article(37, 'software', '{windows,updates,restart}', 'public',
'Install Windows updates', $md$
Updates install automatically. When you see *Restart required*, restart within 3 days; after that the laptop restarts itself at night.
To check manually open *Settings → Windows Update → Check for updates*. Updates that fail repeatedly: note the error code (e.g. 0x80070643) and open a ticket.
$md$);

select kb_demo_article(38, 'software', '{office,excel,crash,freeze,repair}', 'public',
'Excel, Word or Outlook crashes or freezes', $md$
1. Start the app in safe mode: hold **Ctrl** while opening it. If that works, disable add-ins under *File → Options → Add-ins*.
2. Repair Office: *Settings → Apps → Microsoft 365 → Modify → Quick Repair*.
3. Large files on network drives freeze Excel: copy them to OneDrive first.
$md$);

select kb_demo_article(39, 'software', '{pdf,adobe,acrobat}', 'public',
'Open, edit and sign PDF files', $md$
Every laptop has **Adobe Acrobat Reader** to open, fill in and sign PDF forms (*Fill & Sign*).
Editing PDFs or combining files needs an Acrobat Pro licence: request it via *Request → Software*.
$md$);

select kb_demo_article(40, 'access', '{shared-folder,permissions,file-share}', 'public',
'Request access to a shared folder', $md$
Each shared folder has an owner who approves access. In the portal choose *Request → Access → Shared folder*, enter the path (e.g. \\files\finance\reports) and read or write access.
After approval, sign out and in again (or restart) so the new permission takes effect.
$md$);

select kb_demo_article(41, 'access', '{application,sap,crm,access-request}', 'public',
'Request access to an application', $md$
Access to business applications such as SAP, Salesforce CRM or Jira is requested in the portal: *Request → Access → Application*.
Choose the application and role; your manager and the application owner approve. Access is ready within 2 working days after approval.
$md$);

select kb_demo_article(42, 'storage', '{onedrive,sync,files}', 'public',
'OneDrive is not syncing', $md$
The OneDrive cloud icon shows a red cross or *Sync pending*?

- Click the icon and read the message: files with invalid characters or paths longer than 400 characters cannot sync.
- Pause and resume syncing, or quit OneDrive and start it again.
- Check you have free disk space and are signed in.
- Sync conflicts create copies with your computer name: keep the right one.
$md$);

select kb_demo_article(43, 'storage', '{restore,file,previous-version,backup}', 'public',
'Restore a deleted file or an older version', $md$
Files in OneDrive and SharePoint keep 500 versions and stay in the recycle bin for 93 days.

- Deleted file: open OneDrive on the web → *Recycle bin* → *Restore*.
- Overwritten file: right-click the file → *Version history* → *Restore*.
- Network drive files: right-click → *Properties → Previous versions* (snapshots of the last 14 days).
$md$);

select kb_demo_article(44, 'storage', '{network-drive,mapped-drive,file-share}', 'public',
'Map a network drive', $md$
1. Open File Explorer, right-click *This PC* → **Map network drive**.
2. Choose a letter and enter the folder path, e.g. \\files\department.
3. Tick *Reconnect at sign-in*.

Network drives need the office network or the VPN.
$md$);

select kb_demo_article(45, 'onboarding', '{new-starter,first-day,onboarding,laptop}', 'public',
'Your first day: IT setup for new employees', $md$
Welcome! On your first day:

1. Collect your laptop and badge at the IT walk-in desk (ground floor, from 8:30).
2. Sign in with the temporary password from your welcome email; you must change it straight away.
3. Set up multi-factor authentication (see *Set up multi-factor authentication (MFA)*).
4. Install Outlook and Teams on your phone if you want mail on the go.

Your manager has ordered your access; missing something? Ask them to submit an access request.
$md$);

select kb_demo_article(46, 'onboarding', '{leaver,offboarding,checklist}', 'agents',
'Offboarding checklist for leavers (agents)', $md$
When HR sends a leaver notice:

1. Schedule account disablement for the last working day at 18:00.
2. Convert the mailbox to a shared mailbox and grant the manager access for 90 days.
3. Transfer OneDrive ownership to the manager.
4. Collect laptop, phone and badge; wipe devices in Intune after return.
5. Remove licences after 30 days.
$md$);

select kb_demo_article(47, 'telephony', '{voicemail,desk-phone,phone}', 'public',
'Set up your voicemail', $md$
Call your own number from your desk phone or Teams and press the voicemail key. Choose a PIN, record your name and greeting.
Voicemails also arrive as an email with an audio file and a transcript.
$md$);

select kb_demo_article(48, 'telephony', '{call-forwarding,teams-phone,mobile}', 'public',
'Forward calls to your mobile', $md$
In Teams open *Settings → Calls → Call answering rules*, choose **Forward my calls** and enter your mobile number or a colleague.
To ring both at once choose *Also ring*. Forwarding to international numbers is blocked.
$md$);

select kb_demo_article(49, 'mobile', '{intune,mdm,enrol,company-portal,phone}', 'public',
'Enrol your phone in device management', $md$
To use company apps on a personal or company phone, enrol it with **Intune**:

1. Install *Company Portal* from the App Store or Google Play.
2. Sign in with your work account and follow the steps; allow the management profile.
3. A PIN code on the phone is required.

Only work data is managed; we cannot see your personal photos or messages.
$md$);

select kb_demo_article(50, 'security', '{lost,stolen,device,theft}', 'public',
'Lost or stolen laptop or phone', $md$
Report a lost or stolen device **immediately** by phone to the service desk, 24/7.
We lock and wipe it remotely and block access to company data. Also report the theft to the police and send us the report number. You receive a replacement device after approval.
$md$);

select kb_demo_article(51, 'security', '{usb,encryption,bitlocker}', 'public',
'Encrypt a USB stick', $md$
Company data on USB sticks must be encrypted. Right-click the drive in File Explorer → **Turn on BitLocker**, choose a password and save the recovery key to your OneDrive.
Unencrypted USB sticks are read-only on company laptops.
$md$);

select kb_demo_article(52, 'security', '{bitlocker,recovery-key,boot}', 'public',
'BitLocker asks for a recovery key', $md$
After a BIOS update or hardware change the laptop may ask for the **BitLocker recovery key** at start-up.

1. Note the *Key ID* shown on the screen (first 8 characters).
2. On another device open https://myaccount.example.org → *Devices* → *View BitLocker keys*.
3. Type the 48-digit key.

No other device? Call the service desk with the Key ID.
$md$);

select kb_demo_article(53, 'software', '{browser,certificate,cache,chrome,edge}', 'public',
'Website shows a certificate warning or loads wrongly', $md$
- Clear the browser cache: **Ctrl+Shift+Delete**, choose *Cached images and files*.
- Check that the laptop date and time are correct.
- Certificate warnings on internal sites: restart the laptop so it receives the latest company certificates.
- Never accept a certificate warning on a site where you enter your password.
$md$);

select kb_demo_article(54, 'account', '{sso,single-sign-on,login-loop}', 'public',
'Single sign-on keeps looping back to the login page', $md$
If a web application keeps redirecting to the sign-in page:

1. Open a private browser window and try again.
2. Clear cookies for login.microsoftonline.com and the application.
3. Make sure you are signed in with your work account, not a personal Microsoft account.
4. Check the time of your computer.
$md$);

select kb_demo_article(55, 'account', '{mfa,reset,runbook}', 'agents',
'Runbook: reset a user''s MFA registration', $md$
For agents. Only after identity verification (video call with ID, or manager confirmation by phone).

1. Entra admin center → Users → the user → *Authentication methods*.
2. **Require re-register multifactor authentication** and revoke sessions.
3. Issue a Temporary Access Pass valid for 1 hour and tell the user by phone, never by email.
4. Note the verification method in the ticket.
$md$);

select kb_demo_article(56, 'network', '{vpn,gateway,outage,runbook}', 'agents',
'Runbook: VPN gateway outage triage', $md$
For agents. Many users report VPN failures at once:

1. Check the GlobalProtect gateway dashboard and the status page.
2. If both gateways are down, raise a major incident and link the tickets to it.
3. Tell callers to use Outlook on the web and Teams, which work without VPN.
4. Escalate to the network team (group *Network-L2*).
$md$);

select kb_demo_article(57, 'access', '{admin-rights,local-admin,elevation}', 'public',
'Request temporary admin rights', $md$
Developers and engineers can request temporary local administrator rights in the portal: *Request → Access → Local admin rights*.
After approval, open *Company Portal → Elevate* to become admin for 60 minutes. Every elevation is logged.
$md$);

select kb_demo_article(58, 'hardware', '{headset,audio,usb,sound}', 'public',
'Headset not recognised or no sound', $md$
- Plug the headset directly into the laptop, not into the monitor or dock.
- In the Windows sound settings (speaker icon) choose the headset as output and input device.
- In Teams select it under *Settings → Devices*.
- Update the headset firmware from Company Portal (*Jabra Direct* or *Logi Tune*).
$md$);

drop function kb_demo_article(integer, text, text[], text, text, text);
