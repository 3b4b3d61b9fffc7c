import { Card } from "@/components/ui/Card";
import { SignOutButton } from "@/components/auth/SignOutButton";

export default function LogoutPage() {
  return (
    <Card title="Sign out">
      <p className="text-zinc-600">Signing out here ends your session on this address only; each store address keeps its own.</p>
      <SignOutButton />
    </Card>
  );
}
