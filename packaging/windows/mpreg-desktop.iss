; Inno Setup 6 script: the Windows installer of MP Reg Desktop (小程序注册助手).
;
; Installs the frozen app (dist\mpreg-desktop, from packaging\pyinstaller\mpreg-desktop.spec) for
; the current user or for all users (the wizard asks; /ALLUSERS or /CURRENTUSER on the command
; line), adds it to the Start menu with an optional desktop shortcut, and registers .mpreg case
; files so that a double-click opens them (a running app takes the file over: single instance).
; How to build it: README.md next to this file. The version comes from the command line:
;   iscc /DAppVersion=0.1.0 packaging\windows\mpreg-desktop.iss
; This file is UTF-8 with a byte-order mark, which Inno Setup needs to read the Chinese text.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\mpreg-desktop.iss
#endif
#define AppName "小程序注册助手"
#define AppNameEn "MP Reg Desktop"
#define Publisher "MP Reg"
#define ExeName "mpreg-desktop.exe"
#define ProgId "MPReg.Case"
#define Top AddBackslash(SourcePath) + "..\.."
#define Frozen Top + "\dist\mpreg-desktop"

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{0A20C3F1-51B4-4FA9-8436-D4A0380A3B5B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#Publisher}
DefaultDirName={autopf}\{#AppNameEn}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default (no administrator needed), per machine if the user chooses it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Tell Explorer that .mpreg now belongs to us, so the icon and double-click work at once.
ChangesAssociations=yes
; A running app (it keeps its files open) is closed before files are replaced.
CloseApplications=yes
RestartApplications=no
SetupIconFile={#Top}\build\icons\mpreg-desktop.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName} ({#AppNameEn})
OutputDir={#Top}\dist
OutputBaseFilename=mpreg-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese ships with recent Inno Setup releases; older ones lack it, and then the
; wizard is in English only instead of the build failing.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder frozen app: the program, mpreg-desktop-cli.exe for the subcommands, _internal\.
Source: "{#Frozen}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; .mpreg -> the MPReg.Case ProgID: its name in Explorer, its icon, and "open" with the file.
; HKA is HKCU for a per-user installation and HKLM for a per-machine one.
Root: HKA; Subkey: "Software\Classes\.mpreg"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mpreg"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mpreg-case"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mpreg\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "小程序注册案例"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".mpreg"; ValueData: ""

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
