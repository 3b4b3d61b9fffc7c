export * from "./platform";
export * from "./tenant";
export * from "./commerce";
