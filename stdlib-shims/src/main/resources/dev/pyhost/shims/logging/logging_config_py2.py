# logging.config overlay for Python 2 (Jython): _target is Jython's logging.config, a copy of an
# older CPython's. The functions below are CPython 2.7.18's, where its behaviour differs:
# - fileConfig(..., disable_existing_loggers=False) enables again the loggers an earlier
#   configuration disabled (the old copy left them disabled);
# - dictConfig() configures a MemoryHandler whose target handler sorts after it once that target
#   is configured (the old copy gave it the target's configuration dict);
# - a configurator takes a Python __import__ that replaced the builtin as a plain function.
# They run with the module's globals, as the functions they replace.
import types as _types


def _in_module(function):
    return _types.FunctionType(function.__code__, vars(_target), function.__name__,
                               function.__defaults__, function.__closure__)


def _install_loggers(cp, handlers, disable_existing_loggers):
    """Create and install loggers"""

    # configure the root first
    llist = cp.get("loggers", "keys")
    llist = llist.split(",")
    llist = list(map(lambda x: x.strip(), llist))
    llist.remove("root")
    sectname = "logger_root"
    root = logging.root
    log = root
    opts = cp.options(sectname)
    if "level" in opts:
        level = cp.get(sectname, "level")
        log.setLevel(logging._levelNames[level])
    for h in root.handlers[:]:
        root.removeHandler(h)
    hlist = cp.get(sectname, "handlers")
    if len(hlist):
        hlist = hlist.split(",")
        hlist = _strip_spaces(hlist)
        for hand in hlist:
            log.addHandler(handlers[hand])

    #and now the others...
    #we don't want to lose the existing loggers,
    #since other threads may have pointers to them.
    #existing is set to contain all existing loggers,
    #and as we go through the new configuration we
    #remove any which are configured. At the end,
    #what's left in existing is the set of loggers
    #which were in the previous configuration but
    #which are not in the new configuration.
    existing = list(root.manager.loggerDict.keys())
    #The list needs to be sorted so that we can
    #avoid disabling child loggers of explicitly
    #named loggers. With a sorted list it is easier
    #to find the child loggers.
    existing.sort()
    #We'll keep the list of existing loggers
    #which are children of named loggers here...
    child_loggers = []
    #now set up the new ones...
    for log in llist:
        sectname = "logger_%s" % log
        qn = cp.get(sectname, "qualname")
        opts = cp.options(sectname)
        if "propagate" in opts:
            propagate = cp.getint(sectname, "propagate")
        else:
            propagate = 1
        logger = logging.getLogger(qn)
        if qn in existing:
            i = existing.index(qn) + 1 # start with the entry after qn
            prefixed = qn + "."
            pflen = len(prefixed)
            num_existing = len(existing)
            while i < num_existing:
                if existing[i][:pflen] == prefixed:
                    child_loggers.append(existing[i])
                i += 1
            existing.remove(qn)
        if "level" in opts:
            level = cp.get(sectname, "level")
            logger.setLevel(logging._levelNames[level])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hlist = cp.get(sectname, "handlers")
        if len(hlist):
            hlist = hlist.split(",")
            hlist = _strip_spaces(hlist)
            for hand in hlist:
                logger.addHandler(handlers[hand])

    #Disable any old loggers. There's no point deleting
    #them as other threads may continue to hold references
    #and by disabling them, you stop them doing any logging.
    #However, don't disable children of named loggers, as that's
    #probably not what was intended by the user.
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            logger.level = logging.NOTSET
            logger.handlers = []
            logger.propagate = 1
        else:
            logger.disabled = disable_existing_loggers


_target._install_loggers = _in_module(_install_loggers)


def __init__(self, config):
    self.config = ConvertingDict(config)
    self.config.configurator = self
    # Issue 12718: winpdb replaces __import__ with a Python function, which
    # ends up being treated as a bound method. To avoid problems, we
    # set the importer on the instance, but leave it defined in the class
    # so existing code doesn't break
    if type(__import__) == types.FunctionType:
        self.importer = __import__


def configure(self):
    """Do the configuration."""

    config = self.config
    if 'version' not in config:
        raise ValueError("dictionary doesn't specify a version")
    if config['version'] != 1:
        raise ValueError("Unsupported version: %s" % config['version'])
    incremental = config.pop('incremental', False)
    EMPTY_DICT = {}
    logging._acquireLock()
    try:
        if incremental:
            handlers = config.get('handlers', EMPTY_DICT)
            for name in handlers:
                if name not in logging._handlers:
                    raise ValueError('No handler found with '
                                     'name %r'  % name)
                else:
                    try:
                        handler = logging._handlers[name]
                        handler_config = handlers[name]
                        level = handler_config.get('level', None)
                        if level:
                            handler.setLevel(logging._checkLevel(level))
                    except StandardError as e:
                        raise ValueError('Unable to configure handler '
                                         '%r: %s' % (name, e))
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                try:
                    self.configure_logger(name, loggers[name], True)
                except StandardError as e:
                    raise ValueError('Unable to configure logger '
                                     '%r: %s' % (name, e))
            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(root, True)
                except StandardError as e:
                    raise ValueError('Unable to configure root '
                                     'logger: %s' % e)
        else:
            disable_existing = config.pop('disable_existing_loggers', True)

            logging._handlers.clear()
            del logging._handlerList[:]

            # Do formatters first - they don't refer to anything else
            formatters = config.get('formatters', EMPTY_DICT)
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(
                                                        formatters[name])
                except StandardError as e:
                    raise ValueError('Unable to configure '
                                     'formatter %r: %s' % (name, e))
            # Next, do filters - they don't refer to anything else, either
            filters = config.get('filters', EMPTY_DICT)
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except StandardError as e:
                    raise ValueError('Unable to configure '
                                     'filter %r: %s' % (name, e))

            # Next, do handlers - they refer to formatters and filters
            # As handlers can refer to other handlers, sort the keys
            # to allow a deterministic order of configuration
            handlers = config.get('handlers', EMPTY_DICT)
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except StandardError as e:
                    if 'target not configured yet' in str(e):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler '
                                         '%r: %s' % (name, e))

            # Now do any that were deferred
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except StandardError as e:
                    raise ValueError('Unable to configure handler '
                                     '%r: %s' % (name, e))

            # Next, do loggers - they refer to handlers and filters

            #we don't want to lose the existing loggers,
            #since other threads may have pointers to them.
            #existing is set to contain all existing loggers,
            #and as we go through the new configuration we
            #remove any which are configured. At the end,
            #what's left in existing is the set of loggers
            #which were in the previous configuration but
            #which are not in the new configuration.
            root = logging.root
            existing = root.manager.loggerDict.keys()
            #The list needs to be sorted so that we can
            #avoid disabling child loggers of explicitly
            #named loggers. With a sorted list it is easier
            #to find the child loggers.
            existing.sort()
            #We'll keep the list of existing loggers
            #which are children of named loggers here...
            child_loggers = []
            #now set up the new ones...
            loggers = config.get('loggers', EMPTY_DICT)
            for name in loggers:
                name = _encoded(name)
                if name in existing:
                    i = existing.index(name)
                    prefixed = name + "."
                    pflen = len(prefixed)
                    num_existing = len(existing)
                    i = i + 1 # look at the entry after name
                    while (i < num_existing) and\
                          (existing[i][:pflen] == prefixed):
                        child_loggers.append(existing[i])
                        i = i + 1
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except StandardError as e:
                    raise ValueError('Unable to configure logger '
                                     '%r: %s' % (name, e))

            #Disable any old loggers. There's no point deleting
            #them as other threads may continue to hold references
            #and by disabling them, you stop them doing any logging.
            #However, don't disable children of named loggers, as that's
            #probably not what was intended by the user.
            for log in existing:
                logger = root.manager.loggerDict[log]
                if log in child_loggers:
                    logger.level = logging.NOTSET
                    logger.handlers = []
                    logger.propagate = True
                elif disable_existing:
                    logger.disabled = True

            # And finally, do the root logger
            root = config.get('root', None)
            if root:
                try:
                    self.configure_root(root)
                except StandardError as e:
                    raise ValueError('Unable to configure root '
                                     'logger: %s' % e)
    finally:
        logging._releaseLock()



def configure_handler(self, config):
    """Configure a handler from a dictionary."""
    formatter = config.pop('formatter', None)
    if formatter:
        try:
            formatter = self.config['formatters'][formatter]
        except StandardError as e:
            raise ValueError('Unable to set formatter '
                             '%r: %s' % (formatter, e))
    level = config.pop('level', None)
    filters = config.pop('filters', None)
    if '()' in config:
        c = config.pop('()')
        if not hasattr(c, '__call__') and hasattr(types, 'ClassType') and type(c) != types.ClassType:
            c = self.resolve(c)
        factory = c
    else:
        cname = config.pop('class')
        klass = self.resolve(cname)
        #Special case for handler which refers to another handler
        if issubclass(klass, logging.handlers.MemoryHandler) and\
            'target' in config:
            try:
                th = self.config['handlers'][config['target']]
                if not isinstance(th, logging.Handler):
                    config['class'] = cname # restore for deferred configuration
                    raise StandardError('target not configured yet')
                config['target'] = th
            except StandardError as e:
                raise ValueError('Unable to set target handler '
                                 '%r: %s' % (config['target'], e))
        elif issubclass(klass, logging.handlers.SMTPHandler) and\
            'mailhost' in config:
            config['mailhost'] = self.as_tuple(config['mailhost'])
        elif issubclass(klass, logging.handlers.SysLogHandler) and\
            'address' in config:
            config['address'] = self.as_tuple(config['address'])
        factory = klass
    kwargs = dict([(k, config[k]) for k in config if valid_ident(k)])
    try:
        result = factory(**kwargs)
    except TypeError as te:
        if "'stream'" not in str(te):
            raise
        #The argument name changed from strm to stream
        #Retry with old name.
        #This is so that code can be used with older Python versions
        #(e.g. by Django)
        kwargs['strm'] = kwargs.pop('stream')
        result = factory(**kwargs)
    if formatter:
        result.setFormatter(formatter)
    if level is not None:
        result.setLevel(logging._checkLevel(level))
    if filters:
        self.add_filters(result, filters)
    return result


_target.BaseConfigurator.__init__ = _in_module(__init__)
_target.DictConfigurator.configure = _in_module(configure)
_target.DictConfigurator.configure_handler = _in_module(configure_handler)
