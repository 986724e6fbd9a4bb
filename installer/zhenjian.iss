; Inno Setup 6 script of the Windows installer: the one-folder bundle dist\zhenjian (built on
; Windows, see installer/README.md) into Program Files, a Start-menu entry, Chinese and English
; set-up languages. The uninstaller removes the program only: the officer's database, backups,
; keys and logs in %LOCALAPPDATA%\ZhenjianDesk are never touched (nothing here names them).
;
; Build: iscc /DAppVersion=0.1.0 installer\zhenjian.iss
;        -> dist\zhenjian-desk-0.1.0-setup.exe
; AppVersion comes from pyproject.toml (the README's PowerShell line reads it from there).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<pyproject.toml version> installer\zhenjian.iss
#endif

[Setup]
; The AppId ties upgrades together: a newer installer replaces the older program in place.
AppId={{6A0E4C1B-7D1E-4E5B-9C2A-3F1D2B8E5A10}
AppName=Zhenjian Desk 侦监台
AppVersion={#AppVersion}
AppVerName=Zhenjian Desk 侦监台 {#AppVersion}
AppPublisher=Zhenjian Desk
DefaultDirName={autopf}\ZhenjianDesk
DefaultGroupName=侦监台 Zhenjian Desk
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=zhenjian-desk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\zhenjian.ico
UninstallDisplayIcon={app}\zhenjian.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Per-machine by default; an officer without administrator rights may install for himself.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
CloseApplications=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; ChineseSimplified.isl is an Inno Setup translation from its "Unofficial" folder; copy it into
; the compiler's Languages folder before building (installer/README.md).
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.AppComment=基层检察院审查逮捕、侦查监督与涉检信访
en.AppComment=Arrest review, supervision of investigations and petitions
zh_CN.DesktopIcon=在桌面上创建快捷方式
en.DesktopIcon=Create a desktop shortcut

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole bundle; an upgrade first removes the old program files (the data is elsewhere).
Source: "..\dist\zhenjian\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\侦监台 Zhenjian Desk"; Filename: "{app}\zhenjian.exe"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,侦监台 Zhenjian Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\侦监台 Zhenjian Desk"; Filename: "{app}\zhenjian.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\zhenjian.exe"; Description: "{cm:LaunchProgram,侦监台 Zhenjian Desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program wrote inside its own folder; never %LOCALAPPDATA%\ZhenjianDesk.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
