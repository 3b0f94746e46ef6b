package com.loyaltyledger.infra.web;

import com.loyaltyledger.api.common.Channel;

/** Who is calling, through which channel, and the id that ties together what this request causes. */
public record RequestMetadata(String actor, Channel channel, String correlationId) {

    public static final String ATTRIBUTE = "com.loyaltyledger.infra.web.RequestMetadata";
}
