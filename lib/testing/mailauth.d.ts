// mailauth 4 ships no types: the part of its DKIM verifier the email test uses, typed by hand.
declare module "mailauth/lib/dkim/verify" {
  export type DkimResult = {
    signingDomain: string;
    selector: string;
    status: { result: "pass" | "fail" | "neutral" | "none" | "temperror" | "permerror"; comment?: string };
  };
  export function dkimVerify(
    message: string | Buffer,
    options: { resolver: (name: string, type: string) => Promise<string[][]> },
  ): Promise<{ results: DkimResult[] }>;
}
