package dev.pyhost.spi;

import dev.pyhost.HostConfig;

/**
 * Everything an engine needs to open a session.
 *
 * @param config the host's settings
 * @param stdio  the resolved standard streams
 * @param shims  the bridge through which Java-backed modules reach this session's Python code
 * @since 0.1
 */
public record SessionSpec(HostConfig config, Stdio stdio, ShimBridge shims) {
}
