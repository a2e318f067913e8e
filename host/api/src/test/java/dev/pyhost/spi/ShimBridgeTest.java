package dev.pyhost.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShimBridgeTest {
    /** A module for Python 2 only, and one that replaces the module on 2 and overlays it on 3. */
    private static final ShimModule ONLY_2 = shim("only2", ShimModule.Kind.OVERLAY, 2);
    private static final ShimModule SPLIT = new ShimModule() {
        @Override
        public String name() {
            return "split";
        }

        @Override
        public Kind kind() {
            return Kind.MODULE;
        }

        @Override
        public Kind kind(int pythonMajor) {
            return pythonMajor == 2 ? Kind.MODULE : Kind.OVERLAY;
        }

        @Override
        public boolean supports(int pythonMajor) {
            return true;
        }

        @Override
        public String glue(int pythonMajor) {
            return "# glue for " + pythonMajor;
        }

        @Override
        public Object newCore(ShimContext context) {
            return new Object();
        }
    };

    private static ShimModule shim(String name, ShimModule.Kind kind, int major) {
        return new ShimModule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Kind kind() {
                return kind;
            }

            @Override
            public boolean supports(int pythonMajor) {
                return pythonMajor == major;
            }

            @Override
            public String glue(int pythonMajor) {
                return "";
            }

            @Override
            public Object newCore(ShimContext context) {
                return new Object();
            }
        };
    }

    private static ShimBridge bridge(int major) {
        return new ShimBridge(ShimRegistry.of(List.of(ONLY_2, SPLIT)), major, null);
    }

    @Test
    void kindIsAskedForTheSessionsPythonVersion() {
        assertThat(bridge(2).kind("split")).isEqualTo("module");
        assertThat(bridge(3).kind("split")).isEqualTo("overlay");
        assertThat(bridge(3).glue("split")).isEqualTo("# glue for 3");
    }

    @Test
    void aModuleForTheOtherVersionIsNotServed() {
        assertThat(bridge(2).kind("only2")).isEqualTo("overlay");
        assertThat(bridge(3).kind("only2")).isNull();
        assertThat(bridge(3).names()).containsExactly("split");
        assertThat(bridge(3).kind("absent")).isNull();
    }
}
