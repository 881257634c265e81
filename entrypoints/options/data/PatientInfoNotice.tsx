/** The plain warning shown before any file leaves Rounds. */
export function PatientInfoNotice() {
  return (
    <p>
      This file may contain patient information: notes, referral patient references and outreach notes are included as
      you typed them. Save it only where your organisation allows, and delete it when you no longer need it.
    </p>
  );
}
