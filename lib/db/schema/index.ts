export * from "./platform";
export * from "./tenant";
export * from "./operations";
export * from "./commerce";
export * from "./auth";
export * from "./catalog";
