export * from "./connection";
