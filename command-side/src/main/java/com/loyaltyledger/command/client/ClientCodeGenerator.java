package com.loyaltyledger.command.client;

/** Hands out the short unique codes people read out over the phone. */
public interface ClientCodeGenerator {

    String nextCode();
}
