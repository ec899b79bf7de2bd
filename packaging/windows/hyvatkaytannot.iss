; Inno Setup 6 script of the Windows installer: dist\hyvatkaytannot-<version>-setup.exe.
; Built on a Windows runner by .github/workflows/windows.yml after scripts/build_app.py:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\hyvatkaytannot.iss
; Saved as UTF-8 with a byte order mark: Inno Setup reads the ä/ö right only then.
;
; Install modes:
; - per user, no admin rights needed (the default): into %LOCALAPPDATA%\Programs, Start-menu
;   entry and .hkzip association for this user only (HKCU);
; - per machine for IT departments, silently: setup.exe /ALLUSERS /VERYSILENT /SUPPRESSMSGBOXES
;   /NORESTART (into Program Files, association in HKLM); /CURRENTUSER forces per user.
; Upgrades install over the old version (same AppId) and delete the old program files
; first; each user's data in %LOCALAPPDATA%\hyvatkaytannot is never touched, and
; uninstalling says where it stays.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=X.Y.Z
#endif
#define AppName "Hyvät käytännöt"
#define AppExe "hyvatkaytannotw.exe"
#define ConsoleExe "hyvatkaytannot.exe"
#define ProgId "HyvatKaytannot.Bundle"

[Setup]
AppId={{5C8E3A52-7F1B-4C1E-9B7A-2D6E4F0A9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Hyvät käytännöt developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=hyvatkaytannot-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\hyvatkaytannot.ico
UninstallDisplayIcon={app}\{#ConsoleExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fi.AssociateBundles=Avaa .hkzip-paketit tällä sovelluksella
en.AssociateBundles=Open .hkzip bundles with this app
fi.BundleType=Hyvät käytännöt -paketti
en.BundleType=Hyvät käytännöt bundle
fi.DataKept=Omat tapauksesi, tunnisteesi ja muistiinpanosi jäivät talteen kansioon:%n%1%n%nPoista kansio itse, jos et enää tarvitse niitä.
en.DataKept=Your own cases, tags and notes were kept in:%n%1%n%nDelete the folder yourself if you no longer need them.

[Tasks]
Name: "association"; Description: "{cm:AssociateBundles}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files: stale libraries must not mix with the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\hyvatkaytannot\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for a per-machine one.
Root: HKA; Subkey: "Software\Classes\.hkzip"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.hkzip\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ConsoleExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".hkzip"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\hyvatkaytannot');
    Log('User data kept in ' + DataDir);
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
